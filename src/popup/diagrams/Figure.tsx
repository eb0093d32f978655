// The accessible frame every diagram shares: an <svg role="img"> named by its <title> and described by its <desc>.
import type { ComponentChildren } from 'preact';

export function Figure(props: { id: string; title: string; desc: string; viewBox: string; children: ComponentChildren }) {
  return (
    <figure class="diagram" id={`fig-${props.id}`}>
      <svg
        viewBox={props.viewBox}
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.desc}</desc>
        {props.children}
      </svg>
      <figcaption aria-hidden="true">{props.title}</figcaption>
    </figure>
  );
}

/** A downward arrow from (x, y1) to (x, y2). */
export function ArrowDown({ x, y1, y2 }: { x: number; y1: number; y2: number }) {
  return (
    <g class="d-arrow">
      <line x1={x} y1={y1} x2={x} y2={y2 - 5} />
      <path d={`M${x - 4} ${y2 - 6} L${x} ${y2} L${x + 4} ${y2 - 6} Z`} />
    </g>
  );
}

/** A rightward arrow from (x1, y) to (x2, y). */
export function ArrowRight({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return (
    <g class="d-arrow">
      <line x1={x1} y1={y} x2={x2 - 5} y2={y} />
      <path d={`M${x2 - 6} ${y - 4} L${x2} ${y} L${x2 - 6} ${y + 4} Z`} />
    </g>
  );
}
