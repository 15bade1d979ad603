package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample note the app ships with, counted by hand. */
class SeedNoteTest {

    private static Note seed;

    @BeforeAll
    static void readSeed() throws IOException, URISyntaxException {
        Path folder = Path.of(SeedNoteTest.class.getResource("/notes").toURI());
        seed = VaultReader.read(folder).notes().get(0);
    }

    @Test
    void has_its_title_video_channel_and_two_sections() {
        assertThat(seed.title()).isEqualTo("Amazon Sagemaker and ML offerings");
        assertThat(seed.videoId()).map(VideoId::value).contains("ifA0ZRiOmx0");
        assertThat(seed.channel()).contains("acquiredfm");
        assertThat(seed.sections()).extracting(Section::title).containsExactly("Key ML Offerings", "Strategic Positioning of ML Capabilities");
        assertThat(seed.problems()).isEmpty();
    }

    @Test
    void has_seventeen_claims_one_untimed_and_sixteen_timestamps() {
        assertThat(seed.claims()).hasSize(17);
        assertThat(seed.claims()).filteredOn(Claim::isUntimed).extracting(Claim::text)
                .containsExactly("Amazon's investment in machine learning is evident through several initiatives:");
        assertThat(seed.timestampCount()).isEqualTo(16);
    }

    @Test
    void the_data_locality_claim_sits_in_its_callout_at_68_seconds() {
        Claim claim = seed.claims().stream().filter(c -> c.text().startsWith("Running machine learning")).findFirst().orElseThrow();

        assertThat(claim.text()).isEqualTo("Running machine learning models near the data is considered the most critical factor.");
        assertThat(claim.timestamps()).extracting(Timestamp::seconds).containsExactly(68);
        assertThat(claim.role()).isEqualTo(new ClaimRole.Callout("note", Optional.of("Importance of Data Locality")));
        assertThat(claim.sectionPath()).containsExactly("Strategic Positioning of ML Capabilities");
    }

    @Test
    void the_offerings_are_term_items_introduced_by_their_lead_in() {
        List<String> terms = seed.claims().stream().filter(c -> c.role() instanceof ClaimRole.TermItem)
                .map(c -> ((ClaimRole.TermItem) c.role()).term()).distinct().toList();

        assertThat(terms).containsExactly("Sagemaker", "Dedicated Keynotes", "Cloud-Hosted Services", "TensorFlow Support", "Container Services");
        assertThat(seed.claims().get(3).role()).isEqualTo(new ClaimRole.TermItem("Sagemaker", Optional.empty(),
                Optional.of("Amazon's investment in machine learning is evident through several initiatives")));
    }

    @Test
    void the_tensorflow_claim_reads_as_a_reader_sees_it() {
        assertThat(seed.claims()).extracting(Claim::text).contains(
                "AWS runs TensorFlow, an ML framework originally created by Google.",
                "AWS offers its own custom Amazon Container Service (ECS) while also providing Elastic Kubernetes Service (EKS) to serve customers who prefer Kubernetes.",
                "Despite supporting Kubernetes, Amazon aims to encourage the use of their proprietary ECS.");
    }
}
