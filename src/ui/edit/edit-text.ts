import { useAppStore } from '../../state/store';

/** The words of ledger editing (编辑台账), Chinese first; kept beside the feature rather than in the shared table. */
const EDIT_TEXT = {
  zh: {
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    editPlot: '编辑地块',
    stageDate: '日期',
    officer: '责任人',
    deadline: '计划完成时间',
    declaredArea: '台账面积(亩)',
    categories: '类别（用顿号或逗号分隔）',
    note: '备注',
    yourName: '您的姓名（记入变更记录，只需填一次）',
    nameNeeded: '请先填写姓名',
    badArea: '台账面积应为不小于 0 的数字',
    badDate: '日期格式应为 2026-11-20',
    noChange: '没有修改',
    bulkEdit: '批量编辑',
    bulkEditPicked: '批量编辑所选',
    bulkEditFiltered: '批量编辑',
    bulkTitle: '批量编辑 {n} 个地块',
    bulkChange: '修改',
    bulkConfirm: '修改 {n} 个地块',
    bulkStage: '标记为',
    changeLog: '台账变更记录',
    undo: '撤销',
    redo: '重做',
    undoHint: 'Ctrl+Z 撤销，Ctrl+Shift+Z 重做（整批）',
    filterPlot: '地块编号或名称',
    allTownships: '全部镇街',
    anyDay: '任意日期',
    time: '时间',
    author: '修改人',
    plot: '地块',
    field: '字段',
    change: '原值 → 新值',
    batch: '批次',
    undone: '已撤销',
    noEdits: '还没有修改',
    exportLog: '导出变更记录 CSV',
    exportEdits: '导出修改',
    importEdits: '导入修改',
    savedEdits: '已保存 {n} 处修改',
    notExported: '{n} 处未导出',
    allExported: '已全部导出',
    pageOnly: '{n} 处修改只在本页，未保存',
    opening: '正在读取已保存的修改…',
    persistRefused: '浏览器未准许永久保存：空间不足时本地修改可能被清除，请定期“导出修改”。',
    conflicts: '需要决定的修改 {n} 处',
    conflictsHint: '重新打开的文件已改动了这些字段，或地块已不在文件中。',
    keepMine: '保留我的修改',
    takeFile: '采用文件的值',
    plotGone: '文件中已无此地块',
    fileHas: '文件现为',
    mineIs: '我的修改',
    imported: '已导入 {added} 处修改（已有 {known} 处{clashes}）',
    clashesNote: '，{n} 处编号相同但内容不同，保留本机的',
    otherCampaign: '这份修改属于“{file}”，当前打开的是“{current}”，未导入。',
    savedBatch: '已保存 {n} 处修改',
  },
  en: {
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    editPlot: 'Edit plot',
    stageDate: 'Date',
    officer: 'Officer',
    deadline: 'Deadline',
    declaredArea: 'Ledger area (mu)',
    categories: 'Categories (separated by commas)',
    note: 'Note',
    yourName: 'Your name (written into the change log, asked once)',
    nameNeeded: 'Please enter your name first',
    badArea: 'The ledger area must be a number of at least 0',
    badDate: 'Dates are written 2026-11-20',
    noChange: 'Nothing changed',
    bulkEdit: 'Bulk edit',
    bulkEditPicked: 'Edit picked plots',
    bulkEditFiltered: 'Bulk edit',
    bulkTitle: 'Edit {n} plots at once',
    bulkChange: 'Change',
    bulkConfirm: 'Change {n} plots',
    bulkStage: 'Mark as',
    changeLog: 'Change log',
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Ctrl+Z undoes, Ctrl+Shift+Z redoes (whole batches)',
    filterPlot: 'Plot ID or name',
    allTownships: 'All townships',
    anyDay: 'Any day',
    time: 'Time',
    author: 'By',
    plot: 'Plot',
    field: 'Field',
    change: 'Before → after',
    batch: 'Batch',
    undone: 'undone',
    noEdits: 'No edits yet',
    exportLog: 'Export change log CSV',
    exportEdits: 'Export edits',
    importEdits: 'Import edits',
    savedEdits: '{n} edits saved',
    notExported: '{n} not exported',
    allExported: 'all exported',
    pageOnly: '{n} edits in this page only, not saved',
    opening: 'Reading saved edits…',
    persistRefused: 'The browser did not grant persistent storage: it may clear local edits when space runs short. Export edits regularly.',
    conflicts: '{n} edits need a decision',
    conflictsHint: 'The reopened file changed these fields, or no longer has the plot.',
    keepMine: 'Keep mine',
    takeFile: "Take the file's",
    plotGone: 'plot no longer in the file',
    fileHas: 'file has',
    mineIs: 'mine',
    imported: 'Imported {added} edits ({known} already here{clashes})',
    clashesNote: '; {n} with the same id but other content, ours kept',
    otherCampaign: 'These edits belong to "{file}" but "{current}" is open; nothing was imported.',
    savedBatch: '{n} edits saved',
  },
} as const;

export type EditTextKey = keyof (typeof EDIT_TEXT)['zh'];

/** Text of ledger editing in the user's language, `{name}` placeholders filled from `values`. */
export function useEditText(): (key: EditTextKey, values?: Record<string, string | number>) => string {
  const language = useAppStore((state) => state.language);
  return (key, values) => fill(EDIT_TEXT[language][key], values);
}

/** The text in a given language, for messages that carry both (zh and en). */
export function editTextIn(language: 'zh' | 'en', key: EditTextKey, values?: Record<string, string | number>): string {
  return fill(EDIT_TEXT[language][key], values);
}

/** Both languages' text, as a message. */
export function editMessage(key: EditTextKey, values?: Record<string, string | number>): { zh: string; en: string } {
  return { zh: editTextIn('zh', key, values), en: editTextIn('en', key, values) };
}

function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
