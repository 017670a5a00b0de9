import type { CSSProperties } from 'react';
import { paths } from '../../../app/paths';
import type { MeasureUnit } from '../../../graphql/generated/graphql';
import type { ColourScale } from '../colour-scale';
import { formatWardFigure, type WardFigure } from '../ward-figures';
import type { TileLayout } from '../ward-tile-layout';

export interface TileMapProps {
  /** e.g. "Gaia Centre referrals". */
  measureLabel: string;
  unit: MeasureUnit;
  financialYear: string;
  figureOf: (code: string) => WardFigure;
  scale: ColourScale;
  /** Names the map for assistive technology, e.g. "Map of Gaia Centre referrals by ward, 2012/13". */
  label: string;
  /** Where each ward's tile goes (ward-tile-layout.ts). */
  layout: TileLayout;
}

const Hidden = ({ children }: { children: string }) => <span className="app-visually-hidden">{children}</span>;

/**
 * A tile's text: the ward's name above its figure, read out as a sentence such as "Oval: 37 Gaia
 * Centre referrals". The words a sighted reader gets from the key are there for screen readers only.
 */
export function TileText({ wardName, figure, measureLabel, unit }: { wardName: string; figure: WardFigure; measureLabel: string; unit: MeasureUnit }) {
  const shown = formatWardFigure(figure, unit);
  let value;
  switch (figure.kind) {
    case 'shown':
      value = unit === 'PERCENT' ? (
        <>
          <Hidden>{`${measureLabel} `}</Hidden>
          {shown}
        </>
      ) : (
        <>
          {shown}
          <Hidden>{` ${measureLabel}`}</Hidden>
        </>
      );
      break;
    case 'not-shown':
    case 'not-released':
      value = (
        <>
          <Hidden>{`${measureLabel} `}</Hidden>
          {shown}
        </>
      );
      break;
    case 'withheld':
    case 'no-figure':
      value = (
        <>
          <Hidden>{figure.kind === 'withheld' ? `${measureLabel} withheld to protect individuals` : `no figure for ${measureLabel}`}</Hidden>
          <span aria-hidden="true">{shown}</span>
        </>
      );
      break;
  }
  return (
    <>
      {/* The name is followed by a colon that only screen readers hear (wards.css): "Oval: 37 …". */}
      <span className="app-tile-map__name">{wardName}</span>
      <span className="app-tile-map__value">{value}</span>
    </>
  );
}

function tileStyle(row: number, column: number, figure: WardFigure, scale: ColourScale): CSSProperties {
  const shade = figure.kind === 'shown' ? scale.classOf(figure.value) : undefined;
  return {
    gridRow: row,
    gridColumn: column,
    ...(shade ? { '--app-tile-fill': shade.fill, '--app-tile-text': shade.text } : {}),
  } as CSSProperties;
}

/**
 * The wards as equal tiles laid out like the borough, coloured by the figure, with the figure
 * printed on each. Every tile is a link to its ward's page, in north-to-south reading order.
 */
export function WardTileMap({ measureLabel, unit, financialYear, figureOf, scale, label, layout }: TileMapProps) {
  return (
    <ul
      className="app-tile-map"
      aria-label={label}
      style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${layout.rows}, auto)` }}
    >
      {layout.tiles.map((tile) => {
        const figure = figureOf(tile.code);
        return (
          <li key={tile.code} className="app-tile-map__item" style={tileStyle(tile.row, tile.column, figure, scale)}>
            <a className={`app-tile-map__tile app-tile-map__tile--${figure.kind}`} href={paths.ward(tile.code, financialYear)}>
              <TileText wardName={tile.name} figure={figure} measureLabel={measureLabel} unit={unit} />
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The colour key: one swatch per class, then the marks for figures that are not shown as colours. */
export function TileMapLegend({ scale, measureLabel, kinds }: { scale: ColourScale; measureLabel: string; kinds: ReadonlySet<WardFigure['kind']> }) {
  return (
    <div className="app-map-legend">
      <p className="app-map-legend__title">Key: {measureLabel}</p>
      <ul className="app-map-legend__list">
        {scale.classes.map((shade) => (
          <li key={shade.label}>
            <span className="app-map-legend__swatch" style={{ backgroundColor: shade.fill }} aria-hidden="true" />
            {shade.label}
          </li>
        ))}
        {kinds.has('withheld') && (
          <li>
            <span className="app-map-legend__swatch app-map-legend__swatch--withheld" aria-hidden="true" />
            [c] withheld to protect individuals
          </li>
        )}
        {kinds.has('not-shown') && (
          <li>
            <span className="app-map-legend__swatch app-map-legend__swatch--not-shown" aria-hidden="true" />
            not shown: not available to you
          </li>
        )}
        {kinds.has('not-released') && (
          <li>
            <span className="app-map-legend__swatch app-map-legend__swatch--not-shown" aria-hidden="true" />
            not released yet: the year’s figures reach funders and councillors once a release covers it
          </li>
        )}
        {kinds.has('no-figure') && (
          <li>
            <span className="app-map-legend__swatch app-map-legend__swatch--no-figure" aria-hidden="true" />– no figure: nobody to
            base a rate on
          </li>
        )}
      </ul>
    </div>
  );
}
