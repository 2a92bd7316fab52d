package cn.gov.yongjia.shixiao.graphqlapi.release;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The stream behind the {@code releasePublished} subscription. Fed after commit from the event publication registry
 * (so a subscriber never hears of a release that was rolled back); subscribers that join later do not get older
 * releases, and a slow subscriber misses releases rather than holding up the others.
 */
@Component
class PublishedReleases {

    private final ReleaseRecords records;
    private final Sinks.Many<Release> sink = Sinks.many().multicast().directBestEffort();

    PublishedReleases(ReleaseRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(ReleasePublished event) {
        records.find(event.releaseKey()).ifPresent(release -> sink.emitNext(release, Sinks.EmitFailureHandler.busyLooping(
                java.time.Duration.ofSeconds(1))));
    }

    Flux<Release> stream() {
        return sink.asFlux();
    }
}
