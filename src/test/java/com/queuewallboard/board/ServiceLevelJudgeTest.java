package com.queuewallboard.board;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceLevelJudgeTest {
    private final ServiceLevelJudge judge = new ServiceLevelJudge(ServiceLevelTarget.DEFAULT);

    @ParameterizedTest
    @CsvSource({"1.0, NORMAL", "0.80, NORMAL", "0.7999, WARNING", "0.76, WARNING", "0.75, WARNING",
            "0.7499, ALERT", "0.72, ALERT", "0.0, ALERT"})
    void levelsAroundTheTarget(double sl, AlertLevel expected) {
        assertEquals(expected, judge.judge(sl).level());
    }

    @Test
    void reasonSaysTheFigureAndTheTarget() {
        assertEquals(new Assessment(AlertLevel.ALERT, List.of("SL 72 % < 80/20")), judge.judge(0.72));
        // floored, so 79.99 % never reads "SL 80 % < 80/20"
        assertEquals(List.of("SL 79 % < 80/20"), judge.judge(0.7999).reasons());
        assertEquals(List.of(), judge.judge(0.95).reasons());
    }

    @Test
    void unknownServiceLevelIsNormalWithoutReason() {
        assertEquals(Assessment.NORMAL, judge.judge(null));
        assertEquals(Assessment.NORMAL, judge.judge(Double.NaN));
    }

    @Test
    void marginAndTargetAreSettable() {
        ServiceLevelJudge strict = new ServiceLevelJudge(new ServiceLevelTarget(90, 30), 0);
        assertEquals(AlertLevel.ALERT, strict.judge(0.89).level());
        assertEquals(List.of("SL 89 % < 90/30"), strict.judge(0.89).reasons());
        assertEquals(AlertLevel.NORMAL, strict.judge(0.90).level());
        ServiceLevelJudge lenient = new ServiceLevelJudge(ServiceLevelTarget.DEFAULT, 20);
        assertEquals(AlertLevel.WARNING, lenient.judge(0.61).level());
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelJudge(ServiceLevelTarget.DEFAULT, -1));
        assertThrows(IllegalArgumentException.class, () -> new ServiceLevelJudge(null));
    }
}
