const SEPARATORS = /[、,，;；\s]+/;

/** Category labels from a list or from text separated by 、 , ， ; ； or spaces; blanks and repeats dropped. */
export function parseCategories(value: unknown): string[] {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') items = value.split(SEPARATORS);
  else if (typeof value === 'number') items = [value];
  else return [];
  const categories: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const category = String(item).trim();
    if (category !== '' && !categories.includes(category)) categories.push(category);
  }
  return categories;
}
