// Fills in Supple's messages in the browser: the same syntax as the server's (Supple.Core.Localization.MessageFormat,
// docs/TRANSLATING.md): {name}, {count, plural, =0 {…} one {# stretch} other {# stretches}}, {side, select, left {…}
// other {…}}, {n, number}, {d, date, short}, {t, time, short}, and {{ }} for a literal brace. The page hands the
// scripts their messages in its language as JSON (#player-text, #supple-session-text); plural forms are chosen here
// with Intl.PluralRules for the page's language (<html lang>), the CLDR rules the server uses too, and numbers, dates
// and times are formatted with Intl for that language.

/** The page's language, as the server rendered it (e.g. "de", "fr-CH", "qps-ploc"). */
export const language = document.documentElement.lang || 'en';

const cache = new Map();

function intl(Type, locale, options) {
  const key = `${Type.name}|${locale}|${JSON.stringify(options || {})}`;
  if (!cache.has(key)) {
    let made;
    try {
      made = new Type(locale, options);
    } catch {
      made = new Type(undefined, options); // a tag the browser does not take (none of Supple's): its own language
    }
    cache.set(key, made);
  }
  return cache.get(key);
}

/** A number as the language writes it (1,5 in German). */
export const number = (n, locale = language, options) => intl(Intl.NumberFormat, locale, options).format(n);

/** A date and time as the language writes them. */
export const dateTime = (value, locale = language) =>
  intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value instanceof Date ? value : new Date(value));

function shown(value, type, style, locale) {
  if (value === undefined || value === null) return '';
  if (type === 'number' || (!type && typeof value === 'number')) {
    const options = style === 'integer' ? { maximumFractionDigits: 0 } : style === 'percent' ? { style: 'percent' } : undefined;
    return number(Number(value), locale, options);
  }
  if (type === 'date' || type === 'time' || (!type && value instanceof Date)) {
    const long = style === 'long';
    const options = type === 'time' ? { timeStyle: long ? 'medium' : 'short' } : { dateStyle: long ? 'long' : 'short' };
    return intl(Intl.DateTimeFormat, locale, options).format(value instanceof Date ? value : new Date(value));
  }
  return String(value);
}

// Reads from s[i] (just after a '{' or a branch's '{') to the end, or to the '}' closing the branch when nested.
function run(s, i, args, hash, nested, locale) {
  let out = '';
  while (i < s.length) {
    const c = s[i];
    if (c === '{' && s[i + 1] === '{') {
      out += '{';
      i += 2;
    } else if (c === '}' && s[i + 1] === '}' && !nested) {
      out += '}';
      i += 2;
    } else if (c === '}') {
      if (nested) return [out, i];
      out += c;
      i += 1;
    } else if (c === '{') {
      const [text, next] = argument(s, i + 1, args, hash, locale);
      out += text;
      i = next;
    } else if (c === '#' && hash !== null) {
      out += number(hash, locale);
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return [out, i];
}

function word(s, i) {
  while (/\s/.test(s[i] || '')) i += 1;
  const start = i;
  while (i < s.length && !/[\s,{}]/.test(s[i])) i += 1;
  const value = s.slice(start, i);
  while (/\s/.test(s[i] || '')) i += 1;
  return [value, i];
}

// s[i] is just after the argument's '{'; returns its text and the index after its '}'.
function argument(s, i, args, hash, locale) {
  let name;
  [name, i] = word(s, i);
  const value = args[name];
  if (s[i] === '}') return [shown(value, null, null, locale), i + 1];
  let type;
  [type, i] = word(s, i + 1); // after ','
  if (type !== 'plural' && type !== 'select') {
    let style = null;
    if (s[i] === ',') [style, i] = word(s, i + 1);
    return [shown(value, type, style, locale), i + 1];
  }
  if (s[i] === ',') i += 1;
  const branches = {};
  for (;;) {
    let key;
    [key, i] = word(s, i);
    if (!key || s[i] !== '{') break;
    const [text, end] = run(s, i + 1, args, type === 'plural' ? Number(value) : hash, true, locale);
    branches[key] = text;
    i = end + 1;
    while (/\s/.test(s[i] || '')) i += 1;
    if (s[i] === '}') break;
  }
  let chosen;
  if (type === 'plural') {
    const n = Number(value);
    chosen = branches[`=${n}`] ?? branches[intl(Intl.PluralRules, locale).select(n)];
  } else {
    chosen = branches[String(value)];
  }
  return [chosen ?? branches.other ?? '', i + 1];
}

/** Formats a message with named arguments ({name: value}) for the page's language. */
export function format(pattern, args = {}, locale = language) {
  return run(String(pattern ?? ''), 0, args, null, false, locale)[0];
}

/** The messages of a JSON island of the page ({key: pattern}); empty when it is missing. */
export function messages(id) {
  try {
    return JSON.parse(document.getElementById(id).textContent) || {};
  } catch {
    return {};
  }
}

/**
 * A function that formats the island's message by key. A key the island lacks gives the key itself: the server puts
 * every key in every language (English where a translation lacks one), so this never shows.
 */
export function translator(id) {
  const texts = messages(id);
  const t = (key, args) => format(key in texts ? texts[key] : key, args);
  t.has = (key) => key in texts;
  t.raw = (key) => texts[key];
  return t;
}
