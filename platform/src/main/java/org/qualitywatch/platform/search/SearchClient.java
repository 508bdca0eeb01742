package org.qualitywatch.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.qualitywatch.platform.config.Settings;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one long-lived Elasticsearch client. {@code QW_ES_URL} may list several
 * nodes separated by commas; the low-level client spreads requests over them.
 */
@ApplicationScoped
public class SearchClient {

    private static final Logger LOG = Logger.getLogger(SearchClient.class.getName());

    private RestClient restClient;
    private ElasticsearchClient client;
    private IndexNames indexNames;
    private ObjectMapper objectMapper;
    private int replicas;

    @PostConstruct
    void open() {
        Settings settings = Settings.system();
        String urls = settings.get("qw.es.url", "http://127.0.0.1:9200");
        HttpHost[] hosts = Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(HttpHost::create).toArray(HttpHost[]::new);
        int connectMillis = settings.getInt("qw.es.connect-timeout-ms", 2000);
        int socketMillis = settings.getInt("qw.es.socket-timeout-ms", 30000);
        restClient = RestClient.builder(hosts)
                .setRequestConfigCallback(c -> c.setConnectTimeout(connectMillis).setSocketTimeout(socketMillis))
                .build();
        objectMapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper)));
        indexNames = new IndexNames(settings.get("qw.es.index-prefix", "qw"),
                ZoneId.of(settings.get("qw.time-zone", "Asia/Shanghai")));
        replicas = settings.getInt("qw.es.replicas", 0);
        LOG.info(() -> "Elasticsearch client for " + urls + ", index prefix " + indexNames.prefix());
    }

    @PreDestroy
    void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the Elasticsearch client", e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public IndexNames indexNames() {
        return indexNames;
    }

    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    int replicas() {
        return replicas;
    }

    /** Cluster health, or an exception when the cluster cannot be reached. */
    public HealthStatus health() throws IOException {
        HealthResponse response = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
        return response.status();
    }
}
