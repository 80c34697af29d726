import type { FeatureCollection } from 'geojson';
import { create } from 'zustand';
import { EMPTY_FILTER, type PlotFilter } from '../domain/filter';
import type { Finding } from '../domain/findings';
import type { Campaign, Plot } from '../domain/types';
import type { LedgerMapping } from '../domain/ledger/ledger-mapping';
import { rememberedLanguage, rememberLanguage, type Language } from './language';
import { filterFromSearchParams } from '../domain/filter-search-params';
import { sameView, viewFromSearchParams, type AppView } from './view';
import { asOfFromSearchParams } from './as-of-search-params';

export interface Message {
  zh: string;
  en: string;
}

/** Everything that was read from one campaign or one opened file. */
export interface LoadedData {
  campaign: Campaign;
  plots: Plot[];
  findings: Finding[];
  inputCount: number;
  rejectedCount: number;
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
  source: string;
  /**
   * The plots as the map draws them, prepared by the loading worker: packed (index, stage,
   * outline) for the map's own worker to read, and their bounds. Absent: the map builds them
   * from `plots`.
   */
  mapPlots?: { features: Blob; bounds: [number, number, number, number] | null };
  /** How the last imported ledger's columns were read (导入数据); saved with the campaign. */
  fieldMapping?: LedgerMapping | null;
}

interface AppState {
  status: 'loading' | 'ready' | 'failed';
  loadError: Message | null;
  /** A message about the last file the user opened; the app keeps working either way. */
  notice: { kind: 'info' | 'error'; message: Message } | null;
  data: LoadedData | null;
  selectedPlotIndex: number | null;
  findingsOpen: boolean;
  language: Language;
  view: AppView;
  filter: PlotFilter;
  /** Full screen, projector-sized type, keys step through the townships. */
  meeting: boolean;
  /** 截至日期: every view shows the plots as they stood on this ISO date; null = the reporting date. */
  asOf: string | null;
}

interface AppActions {
  dataLoaded(data: LoadedData, notice?: Message): void;
  loadFailed(message: Message): void;
  fileRejected(message: Message): void;
  dismissNotice(): void;
  selectPlot(index: number | null): void;
  setFindingsOpen(open: boolean): void;
  setLanguage(language: Language): void;
  setView(view: AppView): void;
  setMeeting(meeting: boolean): void;
  setFilter(filter: PlotFilter): void;
  clearFilter(): void;
  /** Shows every view as of an ISO date (yyyy-mm-dd), or at the reporting date for null. */
  setAsOf(date: string | null): void;
}

const startParams = new URLSearchParams(window.location.search);

export const useAppStore = create<AppState & AppActions>()((set) => ({
  status: 'loading',
  loadError: null,
  notice: null,
  data: null,
  selectedPlotIndex: null,
  findingsOpen: false,
  language: rememberedLanguage(),
  view: viewFromSearchParams(startParams),
  filter: filterFromSearchParams(startParams),
  meeting: false,
  asOf: asOfFromSearchParams(startParams),

  dataLoaded: (data, notice) =>
    set({
      status: 'ready',
      loadError: null,
      data,
      selectedPlotIndex: null,
      notice: notice ? { kind: 'info', message: notice } : null,
    }),
  loadFailed: (message) => set({ status: 'failed', loadError: message }),
  fileRejected: (message) => set({ notice: { kind: 'error', message } }),
  dismissNotice: () => set({ notice: null }),
  selectPlot: (index) => set({ selectedPlotIndex: index }),
  setFindingsOpen: (open) => set({ findingsOpen: open }),
  setLanguage: (language) => {
    rememberLanguage(language);
    set({ language });
  },
  setView: (view) => set((state) => (sameView(state.view, view) ? state : { view, selectedPlotIndex: null })),
  setMeeting: (meeting) => set({ meeting }),
  setFilter: (filter) => set({ filter }),
  clearFilter: () => set({ filter: { ...EMPTY_FILTER } }),
  setAsOf: (date) => set({ asOf: date }),
}));
