/** Stylesheets are imported for their side effect; Vite bundles them into a file served from 'self'. */
declare module '*.css';
