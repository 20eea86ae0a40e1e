using Banwatch.Features.Intake;

namespace Banwatch.Tests.Features.Intake;

public sealed class FactModelTrainingTests
{
    [Fact]
    public void Each_kind_gets_the_threshold_that_makes_the_pooled_F1_best()
    {
        // Three thresholds, low to high. Kind 0: a low threshold lets in many false facts, a high one loses true ones.
        // Kind 1: the model proposes nothing it would change, so every threshold scores the same.
        Score[][] atGrid =
        [
            [new(10, 10, 0), new(9, 2, 1), new(5, 0, 5)],
            [new(4, 0, 0), new(4, 0, 0), new(4, 0, 0)],
        ];

        var chosen = FactModelTraining.ChooseThresholds(atGrid);

        Assert.Equal(1, chosen[0]);
        Assert.Equal(2, chosen[1]); // a tie goes to the higher threshold: the model proposes no more than it must
    }

    [Fact]
    public void A_kind_is_weighed_in_the_pool_not_alone()
    {
        // Alone, kind 0 is best at the lowest threshold (F1 0.667 against 0.5), but beside kind 1's many true facts
        // its false ones cost the pool more than its extra true one gains.
        Score[][] atGrid =
        [
            [new(3, 3, 0), new(1, 0, 2)],
            [new(100, 0, 0), new(100, 0, 0)],
        ];

        Assert.Equal(1, FactModelTraining.ChooseThresholds(atGrid)[0]);
    }
}
