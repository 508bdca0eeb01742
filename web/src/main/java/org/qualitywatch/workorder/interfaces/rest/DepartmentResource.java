package org.qualitywatch.workorder.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.identity.domain.Role;

import java.util.List;

/** The departments and teams work orders are dispatched to. */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "DEPT_HANDLER", "CALLBACK_AGENT", "AGENT"})
public class DepartmentResource {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Department(String code, String name, String kind) {
    }

    @GET
    @SuppressWarnings("unchecked")
    public List<Department> departments() {
        List<Object[]> rows = em.createNativeQuery("select code, name, kind from qw.department order by kind, name")
                .getResultList();
        return rows.stream().map(r -> new Department((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
