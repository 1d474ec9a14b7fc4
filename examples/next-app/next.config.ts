import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  // This folder is its own app (own lockfile), not part of the repository's workspaces.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  async redirects() {
    return [{ source: '/', destination: '/fi', permanent: false }];
  },
};

export default config;
