import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ScreenErrorBoundary } from '../components/screen-error-boundary';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { SCREENS } from './routes';
import { StatusBar } from './status-bar/status-bar';

export function AppLayout() {
  const [navOpen, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const screen = SCREENS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`));

  useEffect(() => {
    document.title = screen ? `${screen.label} · Wharf` : 'Wharf';
  }, [screen]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      footer={{ height: 64 }}
      padding="lg"
    >
      <AppShell.Header>
        <AppHeader navOpen={navOpen} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Screens">
        <AppNavbar onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ScreenErrorBoundary resetKey={pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </AppShell.Main>
      <AppShell.Footer data-testid="status-bar">
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  );
}
