package org.qualitywatch.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.domain.PasswordHasher;
import org.qualitywatch.identity.domain.PasswordPolicy;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.identity.domain.UserAccountRepository;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Creates and lists accounts. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    UserAccountRepository accounts;

    private final PasswordHasher hasher = new PasswordHasher();

    public record NewAccount(String username, String displayName, String password, Set<Role> roles,
                             String department, String agentId) {
    }

    @Transactional
    public List<UserAccount> all() {
        return accounts.findAll();
    }

    private volatile AgentNames agentNames = new AgentNames(java.util.Map.of(), java.time.Instant.EPOCH);

    private record AgentNames(java.util.Map<String, String> byAgentId, java.time.Instant loadedAt) {
    }

    /**
     * Display names of agents by their agent id (PBX / ticketing id), for lists of calls. Every
     * search page needs them, so they are kept for half a minute rather than read per request.
     */
    @Transactional
    public java.util.Map<String, String> agentNames() {
        AgentNames cached = agentNames;
        if (cached.loadedAt().isAfter(java.time.Instant.now().minusSeconds(30))) {
            return cached.byAgentId();
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (UserAccount account : accounts.findAll()) {
            if (account.agentId() != null) {
                names.put(account.agentId(), account.displayName());
            }
        }
        // not Map.copyOf: recordings without an agent id look up null, which immutable maps refuse
        agentNames = new AgentNames(java.util.Collections.unmodifiableMap(names), java.time.Instant.now());
        return agentNames.byAgentId();
    }

    @Transactional
    public boolean hasAdministrator() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    @Transactional
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    @Transactional
    public UserAccount create(NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw DomainException.conflict("A user named '" + request.username() + "' already exists.");
        }
        PasswordPolicy policy = new PasswordPolicy(SecuritySettings.fromEnvironment().passwordMinLength());
        List<String> problems = policy.violations(request.password(), request.username());
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "The password " + String.join(" and ", problems)
                    + ".", problems.stream().map(p -> new DomainException.FieldError("password", p)).toList());
        }
        UserAccount account = new UserAccount(request.username(), request.displayName(),
                hasher.hash(request.password()), request.roles(), Instant.now());
        account.setDepartment(request.department());
        account.setAgentId(request.agentId());
        accounts.add(account);
        return account;
    }

    /** Disables an account (it can no longer log in); nothing happens for an unknown name. */
    @Transactional
    public void disable(String username) {
        accounts.findByUsername(username).ifPresent(a -> a.setEnabled(false));
    }
}
