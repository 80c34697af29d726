import { create } from 'zustand';

/** The steps a user sees: reading the bytes, parsing, converting coordinates (imports), checking and measuring, drawing. The loading worker reports all but the last. */
export type LoadStage = 'read' | 'parse' | 'convert' | 'validate' | 'draw';

/** A load under way: what is being loaded, how far it is, and how to stop it. */
export interface LoadTask {
  /** Tells one load from the next. */
  id: number;
  /** The file's name, for the user. */
  name: string;
  stage: LoadStage;
  doneBytes: number;
  totalBytes: number | null;
  features: number;
  /** performance.now() when the load began, for the time left. */
  startedAt: number;
  cancel: () => void;
}

interface LoadingState {
  task: LoadTask | null;
  /** Shows a new load; returns its id. */
  begin(name: string, cancel: () => void): number;
  progress(update: Pick<LoadTask, 'stage' | 'doneBytes' | 'totalBytes' | 'features'>): void;
  /** The plots are in the app; the map is drawing them. */
  drawing(): void;
  /** The map has drawn what it was given: a load waiting for that is over. */
  drawn(): void;
  /** The load is over (drawn, failed or cancelled). Given an id, only if that load is still the one shown. */
  end(id?: number): void;
}

/** The load in progress, apart from the app's data: a cancelled load never touches that. */
let lastId = 0;

export const useLoadingStore = create<LoadingState>()((set) => ({
  task: null,
  begin: (name, cancel) => {
    const id = ++lastId;
    set({ task: { id, name, stage: 'read', doneBytes: 0, totalBytes: null, features: 0, startedAt: performance.now(), cancel } });
    return id;
  },
  progress: (update) => set((state) => (state.task ? { task: { ...state.task, ...update } } : state)),
  drawing: () => set((state) => (state.task ? { task: { ...state.task, stage: 'draw', doneBytes: state.task.totalBytes ?? state.task.doneBytes } } : state)),
  drawn: () => set((state) => (state.task?.stage === 'draw' ? { task: null } : state)),
  end: (id) => set((state) => (id === undefined || state.task?.id === id ? { task: null } : state)),
}));
