// Word lists written as one string each: in the content script, which every frame evaluates, that is two bytes a word
// shorter than an array of quoted strings.

/** The words of a list separated by white space. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
