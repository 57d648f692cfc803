import { useEffect, useState, useSyncExternalStore } from 'react';
import { marksFor, type Marks } from '../render/marks.ts';
import { darkPalette, lightPalette, type Palette } from '../render/palette.ts';
import { useLab } from './labPage.tsx';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function useMedia(query: () => MediaQueryList): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = query();
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => query().matches,
    // The page prerendered at build time (`src/prerender.tsx`) assumes a light screen.
    () => false,
  );
}

/** The theme in force: the user's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useLab((s) => s.theme);
  const systemDark = useMedia(darkQuery);
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

const MARKS = { light: marksFor(lightPalette), dark: marksFor(darkPalette) };

/** Colours, marks and line weight for everything drawn: the theme's, with thicker lines in presenter mode. */
export function useDrawingStyle(): { colors: Palette; marks: Marks; weight: number } {
  const theme = useResolvedTheme();
  const presenter = useLab((s) => s.presenter);
  return {
    colors: theme === 'dark' ? darkPalette : lightPalette,
    marks: MARKS[theme],
    weight: presenter ? 1.6 : 1,
  };
}

/** The size of an element, kept up to date. */
export function useSize<T extends HTMLElement>(): [(el: T | null) => void, number, number] {
  const [el, setEl] = useState<T | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, size.width, size.height];
}
