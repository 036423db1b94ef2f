/**
 * Canvas or WebGL. Cytoscape's WebGL renderer pays off only on a real GPU:
 * on this project's machines (headless Chromium, SwiftShader) it drew 5–10×
 * slower than canvas. So WebGL is used only when the browser reports a
 * hardware renderer, and a URL override (`?renderer=canvas|webgl`) lets an
 * analyst or the benchmark force either.
 */

export type RendererChoice = 'canvas' | 'webgl';

export interface GlInfo {
  /** The unmasked renderer string ("ANGLE (NVIDIA ...)", "SwiftShader..."), or null without WebGL2. */
  renderer: string | null;
  software: boolean;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

/** True when a WebGL renderer string names a CPU rasteriser rather than a GPU. */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer === null || SOFTWARE_RENDERERS.test(renderer);
}

/** Reads the GL renderer string of this browser (WebGL2, which Cytoscape's renderer needs). */
export function detectGl(doc: Document = document): GlInfo {
  let renderer: string | null = null;
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (gl) {
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    renderer = null;
  }
  return { renderer, software: isSoftwareRenderer(renderer) };
}

/** The renderer to use: the override when given, else WebGL only on hardware GL. */
export function chooseRenderer(gl: GlInfo, override: string | null): RendererChoice {
  if (override === 'canvas' || override === 'webgl') return override;
  return gl.software ? 'canvas' : 'webgl';
}
