import { EMPTY_FILTER } from '../domain/filter';
import { DEFAULT_STAGES } from '../domain/stages';
import { useEditStore } from './edit-store';
import { useAppStore, type LoadedData } from './store';

/** A campaign with no plot yet, the default stages, no targets, reported on `reportingDate`: imports go into it. */
export function emptyCampaign(name: string, reportingDate: string): LoadedData {
  return {
    campaign: { name, nameEn: name, reportingDate, stages: [...DEFAULT_STAGES], targets: {}, demo: false },
    plots: [],
    findings: [],
    inputCount: 0,
    rejectedCount: 0,
    townships: null,
    villages: null,
    fieldMapping: null,
    source: name,
  };
}

/** Edits to the open campaign that are in force and in no exported file: what a new campaign would leave behind on screen. */
export function unexportedEditCount(): number {
  const { batches, exportedThrough } = useEditStore.getState();
  return batches.filter((batch) => !batch.undone && batch.sequence > exportedThrough).reduce((sum, batch) => sum + batch.edits.length, 0);
}

/** 新建作战图: the open campaign gives way to an empty one, seen whole (overview, no filter, at its reporting date). */
export function startNewCampaign(name: string, reportingDate: string, notice: { zh: string; en: string }): void {
  useAppStore.getState().dataLoaded(emptyCampaign(name, reportingDate), notice);
  useAppStore.setState({ view: { kind: 'overview' }, filter: { ...EMPTY_FILTER }, asOf: null });
}
