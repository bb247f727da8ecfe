package org.newskg.train;

import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus readers on invented lines in each format, and a small model trained and scored on a real corpus. */
class NameCorporaTest {
    @TempDir
    Path dir;

    @Test
    void bioAndIoColumnsGiveNewskgsTypesAndLeaveOtherTypesUnmarked() throws IOException {
        Path bio = dir.resolve("bio.conll");
        Files.writeString(bio, "Jane\tB-person\nRoe\tI-person\njoined\tO\nGlobex\tB-corporation\nin\tO\nParis\tB-location\n\n"
                + "-DOCSTART- -X- O O\nInitech I-ORG\nand I-ORG\nHooli I-ORG\nsaid O\n");
        List<NameSample> s = NameCorpora.columns(bio, NameCorpora.TYPES::get);
        assertEquals(2, s.size());
        assertEquals("[[0..2) person, [3..4) organization]", java.util.Arrays.toString(s.get(0).getNames()));
        // IO tags: one run of I-ORG is one name, as the format cannot tell two apart
        assertEquals("[[0..3) organization]", java.util.Arrays.toString(s.get(1).getNames()));
    }

    @Test
    void gumKeepsNamedMentionsOnlyAndTheLongerOfNestedOnes() throws IOException {
        Path gum = dir.resolve("GUM_news_test.conllu");
        String rows = String.join("\n",
                "# sent_id = 1",
                "1\tJane\tJane\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-coref",
                "2\tRoe\tRoe\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
                "3\tjoined\tjoin\tVERB\tVBD\t_\t0\troot\t_\t_",
                "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-organization-new-x-coref",
                "5\tcompany\tcompany\tNOUN\tNN\t_\t3\tobj\t_\tEntity=2)",
                "6\tat\tat\tADP\tIN\t_\t7\tcase\t_\t_",
                "7\tGlobex\tGlobex\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(3-organization-new-x-coref)",
                "", "");
        Files.writeString(gum, rows);
        NameCorpora.Split split = NameCorpora.gum(dir, NameCorpora.TYPES::get);
        List<NameSample> all = split.train();
        assertEquals(1, all.size());
        // "the company" is a mention but not a name
        assertEquals("[[0..2) person, [6..7) organization]", java.util.Arrays.toString(all.get(0).getNames()));
    }

    @Test
    void aModelTrainedOnTheSecFilingsFindsPeopleInItsHeldOutPart() {
        Path training = TestData.requireShared("corpora/training");
        NameCorpora.Split sec = NameCorpora.standard(training).stream().filter(s -> s.name().equals("sec-filings")).findFirst().orElseThrow();
        assertTrue(sec.train().size() > 1000 && sec.test().size() > 200, sec.train().size() + " / " + sec.test().size());
        var model = new NameTrainer(30, 0, "PERCEPTRON").train(sec.train());
        Map<String, NameTrainer.Score> scores = NameTrainer.evaluate(model, sec.test());
        assertTrue(scores.get("person").f1() > 0.5, "person " + scores.get("person"));
    }
}
