// Texture keys of the team's art in assets/, loaded by the preloader.
export const ART = {
  logo: 'logo',
  chip: 'chip',
  lab: 'lab',
  openBadge: 'open-badge',
  regionEmblem: 'region-emblem',
  panelTexture: 'panel-texture',
} as const;
