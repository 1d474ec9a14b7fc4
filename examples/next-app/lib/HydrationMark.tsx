'use client';
// Marks <html data-hydrated="true"> once React has taken over in the browser (the tests wait for it; the server
// never runs effects).
import { useEffect } from 'react';

export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
