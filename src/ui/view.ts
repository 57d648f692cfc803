/** How the page is shown, from the URL: embedded in a frame, playing by itself, looping. */
export interface PageView {
  embed: boolean;
  autoplay: boolean;
  loop: boolean;
  /** In an embed, also show the comparison card. */
  summary: boolean;
  /** Start in presenter mode (large text, no settings panel). */
  presenter: boolean;
}

const on = (query: URLSearchParams, key: string) => {
  const value = query.get(key);
  return value !== null && value !== '0' && value !== 'false';
};

export function viewFromUrl(search: string): PageView {
  const query = new URLSearchParams(search);
  return {
    embed: on(query, 'embed'),
    autoplay: on(query, 'autoplay'),
    loop: on(query, 'loop'),
    summary: on(query, 'summary'),
    presenter: on(query, 'presenter'),
  };
}
