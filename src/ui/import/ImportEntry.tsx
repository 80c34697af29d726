import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportMode, LedgerPlan } from '../../io/import/assemble-import';
import type { LedgerReport } from '../../io/import/ledger-report';
import type { PreviewBundle } from '../../io/import/preview-bundle';
import type { ImportLayerChoice } from '../../io/worker/protocol';
import { geoJsonNeedsPreview, SNIFF_BYTES } from '../../io/import/sniff-geojson';
import { LoadError } from '../../io/load-error';
import { useAppStore } from '../../state/store';
import { openFile } from '../open-file';
import { ImportDialog } from './ImportDialog';
import { LedgerReportDialog } from './LedgerReportDialog';
import { useImportText } from './import-text';
import { draftPlan, type DraftPlan } from './import-plan';
import './import.css';
import { applyImport, campaignLongitude, importInWorker, openSavedCampaign, readChosenFiles } from './run-import';

const ACCEPT = '.zip,.shp,.shx,.dbf,.prj,.cpg,.kml,.kmz,.ovkml,.geojson,.json,.txt,.csv,.xlsx,.xls,.ovobj';

interface Session {
  files: File[];
  bundle: PreviewBundle;
  plans: DraftPlan[];
  names: string;
}

/** The one 导入数据 entry: a button, and a drop zone over the whole window. */
export function ImportEntry() {
  const text = useImportText();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [session, setSession] = useState<Session | null>(null);
  const [reports, setReports] = useState<LedgerReport[]>([]);
  const fileRejected = useAppStore((state) => state.fileRejected);

  const begin = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const single = files.length === 1 ? files[0] : null;
      if (single && /\.(geo)?json$/i.test(single.name)) {
        const head = new Uint8Array(await single.slice(0, SNIFF_BYTES).arrayBuffer());
        if (!geoJsonNeedsPreview(head)) {
          await openFile(single);
          return;
        }
      }
      setReading(true);
      try {
        const names = files.map((file) => file.name).join('、');
        const bundle = await readChosenFiles(files);
        if (!bundle) return;
        const longitude = campaignLongitude();
        const next: Session = { files, bundle, plans: bundle.layers.map((layer) => draftPlan(layer, longitude)), names };
        if (single && /\.(geo)?json$/i.test(single.name) && bundle.layers.length === 0 && bundle.refused.length === 0) {
          await openFile(single);
          return;
        }
        if (bundle.savedCampaign) {
          await openSavedCampaign(bundle.savedCampaign, files[0].name);
          return;
        }
        if (bundle.layers.length === 0 && bundle.tables.length === 0) {
          fileRejected({ zh: bundle.refused.map((refusal) => refusal.zh).join('；'), en: bundle.refused.map((refusal) => refusal.en).join('; ') });
          return;
        }
        setSession(next);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        fileRejected({ zh: `无法读取“${files.map((file) => file.name).join('、')}”：${detail}`, en: `Cannot read "${files.map((file) => file.name).join(', ')}": ${detail}` });
      } finally {
        setReading(false);
      }
    },
    [fileRejected],
  );

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      void begin(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [begin]);

  const finish = async (choices: ImportLayerChoice[], ledgers: LedgerPlan[], mode: ImportMode) => {
    if (!session) return;
    setSession(null);
    try {
      const imported = await importInWorker(session.files, choices);
      if (imported) setReports(applyImport(imported, session.bundle, ledgers, mode, session.names));
    } catch (error) {
      if (error instanceof LoadError) fileRejected({ zh: error.messageZh, en: error.messageEn });
      else fileRejected({ zh: `无法导入“${session.names}”：${String(error)}`, en: `Cannot import "${session.names}": ${String(error)}` });
    }
  };

  return (
    <>
      <button type="button" className="header-button" onClick={() => inputRef.current?.click()} data-testid="import-button">
        {reading ? text('reading') : text('title')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(event) => {
          void begin(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      {dragging && <div className="drop-overlay">{text('title')}</div>}
      {reports.length > 0 && <LedgerReportDialog reports={reports} onClose={() => setReports([])} />}
      {session && <ImportDialog bundle={session.bundle} initialPlans={session.plans} onImport={(choices, ledgers, mode) => void finish(choices, ledgers, mode)} onCancel={() => setSession(null)} />}
    </>
  );
}
