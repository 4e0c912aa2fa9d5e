package dev.stoker.spring.dashboard;

import dev.stoker.dashboard.DashboardAccess;
import dev.stoker.dashboard.DashboardAuthorization;
import dev.stoker.dashboard.DashboardRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets in whom the application's Spring Security authenticated, with every page and action, each
 * action recorded in the jobs' history under their name; a request Spring Security did not
 * authenticate (anonymous, or on a path no filter chain covers) gets 403. Which users may reach the
 * dashboard at all is the application's filter chain's to say, as for its other pages.
 */
final class SpringSecurityDashboardAuthorization implements DashboardAuthorization {

  private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

  @Override
  public DashboardAccess authorize(DashboardRequest request) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return trust.isAuthenticated(user)
        ? DashboardAccess.full().as(user.getName())
        : DashboardAccess.none();
  }
}
