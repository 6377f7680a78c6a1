package dev.careermentor.core.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentIdsTest {

    @Test
    void quizIdsRoundTripAndStayWithinDiscordsLimit() {
        String owner = ComponentIds.owner(new User(Surface.DISCORD, "123456789012345678", "987654321098765432"));
        assertEquals(8, owner.length());
        String id = ComponentIds.quiz("AbC-_9", owner, "Qz09xy", "012340", ComponentIds.Op.ANSWER, 4);
        assertTrue(id.length() <= 100, id);
        var q = assertInstanceOf(ComponentIds.Quiz.class, ComponentIds.parse(id));
        assertEquals("AbC-_9", q.tag());
        assertEquals(owner, q.owner());
        assertEquals("Qz09xy", q.quizId());
        assertEquals("012340", q.answers());
        assertEquals(ComponentIds.Op.ANSWER, q.op());
        assertEquals(4, q.choice());
        for (ComponentIds.Op op : new ComponentIds.Op[] {
            ComponentIds.Op.BACK, ComponentIds.Op.CANCEL, ComponentIds.Op.RESTART, ComponentIds.Op.SHARE
        }) {
            var parsed = (ComponentIds.Quiz) ComponentIds.parse(ComponentIds.quiz("t1", owner, "q1", "", op, -1));
            assertEquals(op, parsed.op());
        }
    }

    @Test
    void shareRunAndOutdatedRoundTrip() {
        assertEquals(
                new ComponentIds.Share("salary inference-serving senior"),
                ComponentIds.parse(
                        ComponentIds.share("salary inference-serving senior").orElseThrow()));
        assertEquals(
                new ComponentIds.Run("quiz"),
                ComponentIds.parse(ComponentIds.run("quiz").orElseThrow()));
        List<ComponentIds.Fact> facts =
                List.of(new ComponentIds.Fact("mlops", "2026-01"), new ComponentIds.Fact("inference-serving", "2026"));
        assertEquals(
                new ComponentIds.Outdated(facts),
                ComponentIds.parse(ComponentIds.outdated(facts).orElseThrow()));
    }

    @Test
    void outdatedIdsKeepTheFactsThatFit() {
        List<ComponentIds.Fact> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(new ComponentIds.Fact("entry-number-" + i, "2026-11-23"));
        String id = ComponentIds.outdated(many).orElseThrow();
        assertTrue(id.length() <= 100, id);
        var parsed = assertInstanceOf(ComponentIds.Outdated.class, ComponentIds.parse(id));
        assertEquals(many.subList(0, parsed.facts().size()), parsed.facts());
        assertTrue(parsed.facts().size() >= 2);
    }

    @Test
    void commandsThatDoNotFitAreNotEncoded() {
        assertTrue(ComponentIds.share("ask " + "a".repeat(100)).isEmpty());
        assertTrue(ComponentIds.share("Salary With Capitals").isEmpty());
    }

    @Test
    void ownersDifferByWorkspaceAndSurface() {
        String a = ComponentIds.owner(new User(Surface.SLACK, "T1", "U1"));
        assertTrue(!a.equals(ComponentIds.owner(new User(Surface.SLACK, "T2", "U1"))));
        assertTrue(!a.equals(ComponentIds.owner(new User(Surface.DISCORD, "T1", "U1"))));
        assertEquals(a, ComponentIds.owner(new User(Surface.SLACK, "T1", "U1")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "x",
                "cm1",
                "cm1:",
                "cm1:q",
                "cm1:q:t:o:q:01",
                "cm1:q:t:o:q:01:a",
                "cm1:q:t:o:q:01:a12",
                "cm1:q:t:o:q:0x:a1",
                "cm1:q:t:o:q:01:z",
                "cm1:q:t:o:q:01:b:extra",
                "cm1:s:",
                "cm1:s:UPPER",
                "cm1:s:rm -rf /",
                "cm1:o:mlops",
                "cm1:o:../etc:2026",
                "cm1:o:mlops:yesterday",
                "cm1:o:mlops:2026,",
                "cm1:o:,mlops:2026",
                "cm1:zz:anything",
                "cm2:q:t:o:q::a1",
                "cm0:s:help",
                "something:else:entirely",
                "cm1:q:t<>:o:q::a1"
            })
    void malformedIdsAreInvalidWithAReason(String id) {
        var invalid = assertInstanceOf(ComponentIds.Invalid.class, ComponentIds.parse(id), id);
        assertTrue(invalid.reason().endsWith("."), invalid.reason());
    }

    @Test
    void idsOverOneHundredCharactersAreRefused() {
        assertInstanceOf(ComponentIds.Invalid.class, ComponentIds.parse("cm1:s:" + "a".repeat(95)));
    }
}
