/**
 * Who may log in and what they may do: accounts, roles, password hashing, login sessions kept in
 * PostgreSQL (so every node can serve every request), and the Jakarta Security mechanism that
 * turns a session cookie into the caller's identity.
 */
package org.qualitywatch.identity;
