export const SCENES = {
  boot: 'Boot',
  preloader: 'Preloader',
  title: 'Title',
  hq: 'Headquarters',
  end: 'End',
} as const;
