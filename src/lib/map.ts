/**
 * The map model: world-atlas geometry projected, clipped and thinned at build time into SVG path
 * strings and points. Nothing here reaches the browser but the strings it returns.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import {
  MAP_HEIGHT,
  MAP_WIDTH,
  azimuthalPageMapProjection,
  fitOverview,
  isInside,
  viewBoxAround,
  type LonLat,
  type Point,
  type ViewBox,
} from './map-projection';
import { edgeArrow, spreadMarkers, type Box } from './map-layout';
import { roundPoint } from './round';
import { buildDiagram, type Diagram } from './map-relations';
import { DETAIL_LABELS, OVERVIEW_LABELS, labelHitBox, type EmBox, type LabelPlacement } from './map-labels';
import { relativePath, simplifyPath } from './svg-path';
import type { Stop } from './stops';
import type { Camp, RelationKind } from './map-terms';

export interface MapActorInput {
  id: string;
  name: string;
  countryId: string;
  camp: Camp;
  offMap: boolean;
  capital: { name: string; lonLat: LonLat };
}

export interface MapRelationInput {
  id: string;
  from: string;
  to: string;
  kind: RelationKind;
  label: string;
}

export interface MapLabel {
  point: Point;
  dx: number;
  dy: number;
  anchor: LabelPlacement['anchor'];
  /** Touch target around the text, in em. */
  hit: EmBox;
}

export interface MapActor {
  id: string;
  name: string;
  camp: Camp;
  /** Projected capital, or null when it lies outside the frame. */
  capital: Point | null;
  /** Where the actor's arrows start and end: its capital, its largest visible land, or its edge arrow. */
  anchor: Point;
  /** Edge arrow for an actor outside the frame: the point on the edge and the angle (degrees) it points to. */
  offMap: { point: Point; angle: number } | null;
  labels: { overview: MapLabel; detail: MapLabel | null };
}

export interface MapStop extends Omit<Stop, 'lonLat'> {
  /** The place, projected. */
  point: Point;
  /** Where the numbered badge sits: the point, or fanned out when stops crowd one spot. */
  badge: Point;
}

/** Land, the actors' countries and the borders between them, drawn for one view. */
export interface MapGeometry {
  land: string;
  countries: { actorId: string; camp: Camp; d: string }[];
  borders: string;
}

export interface MapModel extends MapGeometry {
  width: number;
  height: number;
  views: { overview: ViewBox; detail: ViewBox };
  /** The detail view's own coasts: finer (50m), clipped to its frame. Absent without a finer atlas. */
  detailGeometry: MapGeometry | null;
  actors: MapActor[];
  /** The "Rapporti" view: every relation as a numbered arrow between schematic nodes. */
  diagram: Diagram;
  stops: MapStop[];
  route: string;
}

/**
 * Points closer than this (user units) are dropped, and rings smaller than this left out: the
 * overview's 110m paths.
 */
const THIN: [number, number] = [2, 5];
/**
 * The detail view's 50m coasts, simplified on the topology (so a border two countries share stays
 * one line): Visvalingam weights below this (square degrees) go, and so do islands smaller than
 * `DETAIL_ISLAND`. Then points closer than `DETAIL_THIN` user units (about 1 px at the widest map).
 */
const DETAIL_WEIGHT = 0.01;
const DETAIL_ISLAND = 0.05;
const DETAIL_THIN: [number, number] = [1, 1.5];
/**
 * The detail view's sizes on a phone (up to 480 px; actor-map.css's --badge-r and --label-d), where badges
 * and names are largest against the map: a stop badge's radius and a name's em, in user units.
 */
const PHONE_BADGE_RADIUS = 21;
const PHONE_DETAIL_EM = 18;
/**
 * What stop badges keep between them and from the names' hit boxes, in user units: 6 px on a 320 px
 * screen (the map 288 px wide), so two badges read as two and no badge sits on a name.
 */
const BADGE_GAP = 16;
/** Latitudes spread over the frame's height when placing edge arrows for far capitals. */
const FRAME_LATITUDES: [number, number] = [15, 65];

function geometries(topology: Topology): GeometryObject[] {
  return (topology.objects.countries as { geometries: GeometryObject[] }).geometries;
}

function countryShape(topology: Topology, countryId: string) {
  const geometry = geometries(topology).find((candidate) => String(candidate.id) === countryId);
  return geometry ? feature(topology, geometry) : null;
}

function draw(path: ReturnType<typeof geoPath>, shape: unknown, thin: [number, number]): string {
  return shape ? relativePath(simplifyPath(path(shape as never) ?? '', ...thin)) : '';
}

/** Centre of the largest visible piece of a country (the contiguous US, not the sea next to Alaska). */
function largestPieceCentre(topology: Topology, countryId: string, projection: GeoProjection): Point | null {
  const shape = countryShape(topology, countryId) as { geometry: { type: string; coordinates: unknown[] } } | null;
  if (!shape) return null;
  const polygons = shape.geometry.type === 'MultiPolygon' ? shape.geometry.coordinates : [shape.geometry.coordinates];
  const path = geoPath(projection);
  const pieces = polygons.map((coordinates) => ({ type: 'Polygon', coordinates }) as never);
  const largest = pieces.reduce((best, piece) => (path.area(piece) > path.area(best) ? piece : best), pieces[0]);
  const centre = largest && path.area(largest) > 0 ? (path.centroid(largest) as Point) : null;
  return centre && Number.isFinite(centre[0]) ? roundPoint(centre) : null;
}

/** Where an actor's name goes in one view (labels.ts's `label()` is the UI's words, not this). */
function placeLabel(
  text: string,
  placement: LabelPlacement | undefined,
  fallback: Point,
  projection: GeoProjection,
): MapLabel | null {
  if (!placement) return null;
  const point = placement.at ? roundPoint(projection(placement.at) as Point) : fallback;
  return { point, dx: placement.dx, dy: placement.dy, anchor: placement.anchor, hit: labelHitBox(text, placement) };
}

function buildActor(actor: MapActorInput, projection: GeoProjection, topology: Topology): MapActor {
  const projected = projection(actor.capital.lonLat) as Point | null;
  const capital = projected && isInside(projected, [0, 0, MAP_WIDTH, MAP_HEIGHT]) ? roundPoint(projected) : null;
  const land = actor.offMap ? null : largestPieceCentre(topology, actor.countryId, projection);
  const offMap = capital || land ? null : edgeArrow(actor.capital.lonLat, -projection.rotate()[0], FRAME_LATITUDES);
  const anchor = capital ?? land ?? offMap!.point;
  const overview = placeLabel(
    actor.name,
    OVERVIEW_LABELS[actor.id] ?? { dx: 0.5, dy: 0.35, anchor: 'start' },
    anchor,
    projection,
  )!;
  const detail = placeLabel(actor.name, DETAIL_LABELS[actor.id], anchor, projection);
  return { id: actor.id, name: actor.name, camp: actor.camp, capital, anchor, offMap, labels: { overview, detail } };
}

/** A detail label's hit box in user units, at its size on a phone. */
function detailLabelBox({ point, hit }: MapLabel): Box {
  const [x, y, width, height] = hit.map((value) => value * PHONE_DETAIL_EM);
  return [point[0] + x!, point[1] + y!, width!, height!];
}

/** Thins a 50m topology for the detail view, keeping shared arcs shared. */
export function simplifyTopology(topology: Topology, minWeight = DETAIL_WEIGHT, minIsland = DETAIL_ISLAND): Topology {
  const weighted = presimplify(topology as never);
  return filter(simplify(weighted, minWeight), filterWeight(weighted, minIsland)) as unknown as Topology;
}

function geometryFor(
  topology: Topology,
  actors: MapActorInput[],
  path: ReturnType<typeof geoPath>,
  thin: [number, number],
): MapGeometry {
  const actorCountries = new Set(actors.map((actor) => actor.countryId));
  const all = geometries(topology).filter((geometry) => geometry.type !== null);
  const others = merge(topology, all.filter((geometry) => !actorCountries.has(String(geometry.id))) as never);
  const actorBorder = (a: GeometryObject, b: GeometryObject) =>
    a !== b && (actorCountries.has(String(a.id)) || actorCountries.has(String(b.id)));
  return {
    land: draw(path, others, thin),
    countries: actors
      .filter((actor) => !actor.offMap)
      .map((actor) => ({
        actorId: actor.id,
        camp: actor.camp,
        d: draw(path, countryShape(topology, actor.countryId), thin),
      }))
      .filter((country) => country.d !== ''),
    borders: draw(path, mesh(topology, topology.objects.countries as never, actorBorder), [thin[0], 0]),
  };
}

/**
 * `countries` is world-atlas countries-110m (the overview); `detailCountries`, when given, countries-50m
 * for the detail view, clipped to its frame.
 */
export function buildMapModel(
  countries: Topology,
  actors: MapActorInput[],
  relations: MapRelationInput[],
  stops: Stop[],
  detailCountries?: Topology,
): MapModel {
  const projection = fitOverview(azimuthalPageMapProjection());
  const path = geoPath(projection).digits(0);
  const stopPoints = stops.map((stop) => roundPoint(projection(stop.lonLat) as Point));
  // West to east, then north to south at one longitude: the order a reader scans the map in, and so
  // the order of the links (Tab, the arrow keys, and without JavaScript).
  const mapActors = actors
    .map((actor) => buildActor(actor, projection, countries))
    .sort((a, b) => a.anchor[0] - b.anchor[0] || a.anchor[1] - b.anchor[1]);
  const badges = spreadMarkers(stopPoints, {
    near: 30,
    radius: PHONE_BADGE_RADIUS,
    gap: BADGE_GAP,
    obstacles: mapActors.flatMap(({ labels: { detail } }) => (detail ? [detailLabelBox(detail)] : [])),
    lines: stopPoints.slice(1).map((point, index): [Point, Point] => [stopPoints[index]!, point]),
  });
  const detail = viewBoxAround([...stopPoints, ...badges], 30);
  let detailGeometry: MapGeometry | null = null;
  if (detailCountries) {
    const [x, y, width, height] = detail;
    const clipped = fitOverview(azimuthalPageMapProjection()).clipExtent([
      [x - 2, y - 2],
      [x + width + 2, y + height + 2],
    ]);
    detailGeometry = geometryFor(simplifyTopology(detailCountries), actors, geoPath(clipped).digits(1), DETAIL_THIN);
  }
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    views: { overview: [0, 0, MAP_WIDTH, MAP_HEIGHT], detail },
    ...geometryFor(countries, actors, path, THIN),
    detailGeometry,
    actors: mapActors,
    diagram: buildDiagram(
      mapActors.map((actor) => ({ id: actor.id, name: actor.name, mapPoint: actor.anchor })),
      relations,
      [MAP_WIDTH, MAP_HEIGHT],
    ),
    stops: stops.map(({ lonLat: _lonLat, ...stop }, index) => ({
      ...stop,
      point: stopPoints[index]!,
      badge: badges[index]!,
    })),
    route: stopPoints.length > 1 ? `M${stopPoints.map((point) => point.join(',')).join('L')}` : '',
  };
}
