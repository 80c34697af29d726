import { unzipSync } from 'fflate';
import { decodeText } from './encoding';
import type { ImportFile, RawLayer, RawTable } from './import-types';
import { readGeoJson } from './read-geojson';
import { readKml } from './read-kml';
import { readShapefiles } from './read-shapefile';
import { readCsv, readXlsx } from './read-table';

export interface Refusal {
  name: string;
  zh: string;
  en: string;
}

/** Everything read from the files dropped or chosen together. */
export interface ImportBundle {
  layers: RawLayer[];
  tables: RawTable[];
  /** A saved campaign (.zip with campaign.json): its files by name. */
  savedCampaign: Map<string, Uint8Array> | null;
  refused: Refusal[];
}

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'sbn', 'sbx', 'qix', 'xml', 'qmd']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, position) => bytes[position] === byte);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const SHP_SIGNATURE = [0x00, 0x00, 0x27, 0x0a];

function unzip(file: ImportFile): ImportFile[] {
  const entries = unzipSync(file.bytes);
  return Object.entries(entries)
    .filter(([name, bytes]) => !name.endsWith('/') && !name.includes('__MACOSX') && bytes.length > 0)
    .map(([name, bytes]) => ({ name, bytes }));
}

function kmlText(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  return decodeText(bytes, declared === 'gbk' || declared === 'gb2312' ? 'gbk' : declared === 'gb18030' ? 'gb18030' : 'utf-8');
}

function readKmz(file: ImportFile): RawLayer | Refusal {
  const kmls = unzip(file).filter((entry) => extensionOf(entry.name) === 'kml');
  const main = kmls.find((entry) => /(^|\/)doc\.kml$/i.test(entry.name)) ?? kmls[0];
  if (!main) return { name: file.name, zh: `“${file.name}”里没有 .kml 文件`, en: `"${file.name}" holds no .kml file` };
  return { ...readKml(kmlText(main.bytes), file.name), name: file.name };
}

async function readOne(file: ImportFile, bundle: ImportBundle, shapefileParts: ImportFile[]): Promise<void> {
  const extension = extensionOf(file.name);
  if (startsWith(file.bytes, ZIP_SIGNATURE) && extension !== 'kmz' && extension !== 'xlsx') {
    const entries = unzip(file);
    if (entries.some((entry) => /(^|\/)campaign\.json$/i.test(entry.name))) {
      bundle.savedCampaign = new Map(entries.map((entry) => [entry.name.replace(/^.*\//, ''), entry.bytes]));
      return;
    }
    if (entries.length === 0) bundle.refused.push({ name: file.name, zh: `“${file.name}”是空的压缩包`, en: `"${file.name}" is an empty zip` });
    for (const entry of entries) await readOne({ ...entry, name: entry.name }, bundle, shapefileParts);
    return;
  }
  if (SHAPEFILE_PARTS.has(extension)) {
    shapefileParts.push(file);
    return;
  }
  if (startsWith(file.bytes, SHP_SIGNATURE)) {
    bundle.refused.push({
      name: file.name,
      zh: `“${file.name}”是 Shapefile 的 .shp 文件，不是 GeoJSON：请把它和同名的 .dbf、.prj、.cpg 一起选择，或打包成 .zip 导入`,
      en: `"${file.name}" is a Shapefile .shp, not GeoJSON: choose it together with its .dbf, .prj and .cpg, or import them as one .zip`,
    });
    return;
  }
  switch (extension) {
    case 'kml':
    case 'ovkml':
      bundle.layers.push(readKml(kmlText(file.bytes), file.name));
      return;
    case 'kmz': {
      const result = readKmz(file);
      if ('format' in result) bundle.layers.push(result);
      else bundle.refused.push(result);
      return;
    }
    case 'csv':
      bundle.tables.push(readCsv(file.name, file.bytes));
      return;
    case 'xlsx':
      bundle.tables.push(await readXlsx(file.name, file.bytes));
      return;
    case 'xls':
      bundle.refused.push({
        name: file.name,
        zh: `“${file.name}”是旧版 Excel（.xls），无法安全读取：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入`,
        en: `"${file.name}" is an old Excel file (.xls), which cannot be read safely: save it as .xlsx in Excel or WPS and import that`,
      });
      return;
    case 'ovobj':
      bundle.refused.push({
        name: file.name,
        zh: `“${file.name}”是奥维私有格式（.ovobj）：请在奥维互动地图中导出为 KML 或 KMZ 后再导入`,
        en: `"${file.name}" is Ovital's private format (.ovobj): export it from Ovital as KML or KMZ and import that`,
      });
      return;
    default: {
      const { layer, problem } = readGeoJson(file.name, file.bytes);
      if (layer) bundle.layers.push(layer);
      else if (problem) {
        const known = ['geojson', 'json', 'txt'].includes(extension);
        bundle.refused.push(
          known
            ? { name: file.name, ...problem }
            : {
                name: file.name,
                zh: `无法导入“${file.name}”：可导入 Shapefile（.zip 或 .shp/.dbf/.prj/.cpg）、KML/KMZ、GeoJSON、CSV、Excel（.xlsx）`,
                en: `Cannot import "${file.name}": Shapefile (.zip or .shp/.dbf/.prj/.cpg), KML/KMZ, GeoJSON, CSV and Excel (.xlsx) can be imported`,
              },
        );
      }
    }
  }
}

/** Reads the files chosen or dropped together; what cannot be read is listed in `refused`, never dropped silently. */
export async function readImportFiles(files: readonly ImportFile[]): Promise<ImportBundle> {
  const bundle: ImportBundle = { layers: [], tables: [], savedCampaign: null, refused: [] };
  const shapefileParts: ImportFile[] = [];
  for (const file of files) await readOne(file, bundle, shapefileParts);
  const shapefiles = readShapefiles(shapefileParts);
  bundle.layers.unshift(...shapefiles);
  const withShp = new Set(shapefileParts.filter((part) => extensionOf(part.name) === 'shp').map((part) => part.name.replace(/\.[^.]*$/, '').toLowerCase()));
  const orphans = shapefileParts.filter((part) => extensionOf(part.name) === 'dbf' && !withShp.has(part.name.replace(/\.[^.]*$/, '').toLowerCase()));
  for (const orphan of orphans) {
    bundle.refused.push({ name: orphan.name, zh: `“${orphan.name}”缺少同名的 .shp 文件，没有图形可导入`, en: `"${orphan.name}" has no .shp of the same name; there are no shapes to import` });
  }
  return bundle;
}
