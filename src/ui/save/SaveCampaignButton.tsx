import { localTimestamp } from '../../domain/edits/timestamp';
import { serializeEdits } from '../../io/edits/edits-file';
import { campaignArchive } from '../../io/save/campaign-archive';
import { downloadArchive } from '../../io/download';
import { fileVersionOf, useEditStore } from '../../state/edit-store';
import { useAppStore } from '../../state/store';
import { useImportText } from '../import/import-text';

/**
 * Files other parts of the campaign add to a saved campaign, by name: the staff's edits, with
 * their undo state and decisions, as the same file 导出修改 writes (导入修改 reads it back).
 */
function extraCampaignFiles(): Record<string, string> {
  const { campaign, batches, decisions } = useEditStore.getState();
  if (!campaign || batches.length === 0) return {};
  return { 'edits.json': serializeEdits(campaign, batches, decisions, localTimestamp(new Date())) };
}

/** 保存作战图: the whole campaign as one .zip that opens again by drag-and-drop or ?campaign=. */
export function SaveCampaignButton() {
  const text = useImportText();
  const data = useAppStore((state) => state.data);
  if (!data) return null;
  const save = () => {
    const { campaign } = data;
    const bytes = campaignArchive({ campaign, plots: data.plots, townships: data.townships, villages: data.villages, fieldMapping: data.fieldMapping ?? null, fileVersion: fileVersionOf }, extraCampaignFiles());
    downloadArchive(`${campaign.name || '作战图'}-${campaign.reportingDate}.zip`, bytes);
  };
  return (
    <button type="button" className="header-button" onClick={save} data-testid="save-campaign">
      {text('saveCampaign')}
    </button>
  );
}
