import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { HOME_PATH, routePattern, SCREENS } from './routes';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to={HOME_PATH} replace />} />
        {SCREENS.map((screen) => (
          <Route key={screen.path} path={routePattern(screen)} element={screen.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
