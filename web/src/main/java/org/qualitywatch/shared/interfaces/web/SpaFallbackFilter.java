package org.qualitywatch.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The UI uses real paths (/recordings/42); a browser reloading such a page asks the server for it,
 * so GET requests that are neither API calls nor files are answered with the UI's index.html.
 */
@WebFilter(filterName = "spaFallback", urlPatterns = "/*")
public class SpaFallbackFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && isUiRoute(path)) {
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isUiRoute(String path) {
        if (path.isEmpty() || path.equals("/") || path.startsWith("/api/") || path.equals("/api")
                || path.startsWith("/openapi") || path.startsWith("/assets/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
