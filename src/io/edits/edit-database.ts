import { Dexie, type EntityTable } from 'dexie';
import type { EditBatch, EditDecision, PlotEdit } from '../../domain/edits/edit';

/** A batch as stored: its edits live in their own table, keyed by campaign and plot. */
interface StoredBatch extends Omit<EditBatch, 'edits'> {
  campaign: string;
}

interface StoredEdit extends PlotEdit {
  campaign: string;
  /** Its place in its batch (kept by edits saved since this field exists). */
  position?: number;
}

interface StoredDecision {
  editId: string;
  campaign: string;
  decision: EditDecision;
}

interface StoredCampaign {
  campaign: string;
  /** Batches up to this sequence are in the last file exported (导出修改). */
  exportedThrough: number;
}

/**
 * The edits staff make, in the browser's IndexedDB. Dexie keeps the schema, its versions and
 * the transactions readable (and retries the open across browsers' quirks), where the raw
 * IndexedDB API would need a page of callbacks per operation.
 */
class EditDatabase extends Dexie {
  batches!: EntityTable<StoredBatch, 'id'>;
  edits!: EntityTable<StoredEdit, 'id'>;
  decisions!: EntityTable<StoredDecision, 'editId'>;
  campaigns!: EntityTable<StoredCampaign, 'campaign'>;

  constructor() {
    super('battle-map-edits');
    this.version(1).stores({
      batches: 'id, campaign',
      edits: 'id, campaign, [campaign+plotId], batchId',
      decisions: 'editId, campaign',
      campaigns: 'campaign',
    });
  }
}

let database: EditDatabase | null = null;

function db(): EditDatabase {
  database ??= new EditDatabase();
  return database;
}

export interface StoredEdits {
  batches: EditBatch[];
  decisions: Map<string, EditDecision>;
  exportedThrough: number;
}

/** Everything kept for one campaign. */
export async function loadEdits(campaign: string): Promise<StoredEdits> {
  const store = db();
  return store.transaction('r', [store.batches, store.edits, store.decisions, store.campaigns], async () => {
    const [batches, edits, decisions, meta] = await Promise.all([
      store.batches.where('campaign').equals(campaign).toArray(),
      store.edits.where('campaign').equals(campaign).toArray(),
      store.decisions.where('campaign').equals(campaign).toArray(),
      store.campaigns.get(campaign),
    ]);
    const editsOf = new Map<string, PlotEdit[]>();
    // The database hands edits back in key order; a batch keeps the order it was made in.
    edits.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    for (const stored of edits) {
      const list = editsOf.get(stored.batchId) ?? [];
      list.push({ id: stored.id, batchId: stored.batchId, plotId: stored.plotId, field: stored.field, before: stored.before, after: stored.after });
      editsOf.set(stored.batchId, list);
    }
    return {
      batches: batches.map((stored) => ({
        id: stored.id,
        author: stored.author,
        at: stored.at,
        sequence: stored.sequence,
        undone: stored.undone,
        edits: editsOf.get(stored.id) ?? [],
      })),
      decisions: new Map(decisions.map((entry) => [entry.editId, entry.decision])),
      exportedThrough: meta?.exportedThrough ?? 0,
    };
  });
}

/** Saves batches and all their edits in one transaction: all of them are kept, or none. */
export async function saveBatches(campaign: string, batches: readonly EditBatch[]): Promise<void> {
  const store = db();
  await store.transaction('rw', [store.batches, store.edits], async () => {
    await store.batches.bulkPut(
      batches.map((batch) => ({ id: batch.id, author: batch.author, at: batch.at, sequence: batch.sequence, undone: batch.undone, campaign })),
    );
    await store.edits.bulkPut(batches.flatMap((batch) => batch.edits.map((edit, position) => ({ ...edit, campaign, position }))));
  });
}

export async function setBatchUndone(batchId: string, undone: boolean): Promise<void> {
  await db().batches.update(batchId, { undone });
}

export async function saveDecision(campaign: string, editId: string, decision: EditDecision): Promise<void> {
  await db().decisions.put({ editId, campaign, decision });
}

export async function markExported(campaign: string, exportedThrough: number): Promise<void> {
  await db().campaigns.put({ campaign, exportedThrough });
}
