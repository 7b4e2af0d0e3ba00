# syntax=docker/dockerfile:1
#
# The Mekong Capacity Portal as a container image (README "Deploy with Docker Compose"):
#   docker compose up --build             the portal with its PostgreSQL
#   docker build -t mekong-capacity-portal .
# Built from source with the Maven wrapper (Maven Central must be reachable while building, nothing at run time),
# run on a Java 17 JRE as an unprivileged user, from the extracted jar with a class data sharing archive made by a
# training run (README "Faster start-up"). Only the files named below are read from the build context.

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# Tests and style checks run in CI (./mvnw verify); the image needs only the jar, with PostgreSQL for Linux alone.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -Dlinux-only -Dmaven.test.skip=true -Dcheckstyle.skip -Dspotless.check.skip=true package \
    && cp target/mekong-capacity-portal-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre-noble
# A fixed numeric user, so that Kubernetes can check runAsNonRoot (k8s/portal.yml).
RUN groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal
WORKDIR /app
# Layers from the least to the most often changed, so an upgrade of the portal alone ships a small layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# cds/ holds the archive; data/ lets a trial `docker run` without a database use the embedded one (not for production).
RUN install -d -o portal -g portal /app/cds /app/data
USER 10001:10001
# The training run starts the application context once and exits, recording the classes it loaded. It needs a
# database: the embedded PostgreSQL in /tmp, thrown away in the same step.
RUN java -XX:ArchiveClassesAtExit=cds/portal.jsa -Dspring.context.exit=onRefresh -jar app.jar \
        --portal.embedded-db.data-dir=/tmp/training-db --portal.demo-data=false \
        --server.port=0 --management.server.port=0 --spring.main.banner-mode=off > /tmp/training.log 2>&1 \
    || { tail -n 60 /tmp/training.log; exit 1; }; \
    rm -rf /tmp/training-db /tmp/embedded-pg /tmp/training.log

ENV PORTAL_MANAGEMENT_PORT=8081 \
    PORTAL_EMBEDDED_DB_DIR=/app/data/postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# 8080: the portal; 8081: health, probes and metrics, for the orchestrator and the monitoring only.
EXPOSE 8080 8081
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORTAL_MANAGEMENT_PORT}/actuator/health/readiness" || exit 1
# exec form: java is PID 1 and gets SIGTERM itself, for the graceful shutdown.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=cds/portal.jsa", "-jar", "app.jar"]
