using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>
/// What has been done so far of one stretch of a timeline; turned into the final <see cref="StretchRecord"/>s (one per
/// side reached) when the stretch ends. Only <see cref="SessionFold"/> uses it: it is the one place records are made.
/// </summary>
internal sealed class StretchProgress
{
    private readonly Timeline _timeline;
    private readonly IReadOnlyList<Side> _sides;
    private readonly HashSet<Side> _reached = [];
    private readonly HashSet<int> _completed = [];
    private readonly HashSet<int> _skipped = [];
    private readonly Dictionary<int, TimeSpan> _worked = [];
    private Side? _hurtSide;
    private bool _cutShort;

    public StretchProgress(Timeline timeline, TimelineStretch stretch)
    {
        _timeline = timeline;
        Stretch = stretch;
        _sides = TimelineCompiler.SidesOf(stretch.Sides);
        CurrentSide = _sides[0];
    }

    public TimelineStretch Stretch { get; }

    /// <summary>Index of the first step after this stretch.</summary>
    public int EndStep => Stretch.FirstStep + Stretch.StepCount;

    /// <summary>
    /// The side being worked: the side of the current step's counters (a switch already names the side being
    /// switched to), or the first side before the first hold.
    /// </summary>
    public Side CurrentSide { get; private set; }

    public void Reach(TimelineStep step)
    {
        CurrentSide = step.Counters?.Side ?? CurrentSide;
        _reached.Add(CurrentSide);
    }

    /// <summary>Records how a step ended: played to its end, skipped, or interrupted (neither).</summary>
    public void Record(TimelineStep step, TimeSpan worked, bool playedOut, bool skipped)
    {
        if (!IsWork(step))
        {
            return;
        }

        _worked[step.Index] = worked;
        if (playedOut)
        {
            _completed.Add(step.Index);
        }

        if (skipped)
        {
            _skipped.Add(step.Index);
        }
    }

    /// <summary>Marks every hold or flow step after <paramref name="currentStep"/> as skipped; every side counts as reached.</summary>
    public void SkipRest(int currentStep)
    {
        for (var i = currentStep + 1; i < EndStep; i++)
        {
            if (IsWork(_timeline.Steps[i]))
            {
                _skipped.Add(i);
            }
        }

        _reached.UnionWith(_sides);
    }

    /// <summary>The session stopped during this stretch: whatever was not finished of it is partial.</summary>
    public void CutShort() => _cutShort = true;

    public void MarkHurt() => _hurtSide = CurrentSide;

    public IReadOnlyList<StretchRecord> ToRecords()
    {
        var records = new List<StretchRecord>(_sides.Count);
        foreach (var side in _sides)
        {
            if (!_reached.Contains(side))
            {
                continue;
            }

            var work = Enumerable.Range(Stretch.FirstStep, Stretch.StepCount)
                .Select(i => _timeline.Steps[i])
                .Where(s => IsWork(s) && (s.Counters?.Side ?? Side.None) == side)
                .ToList();

            // A repetition is done when every step of it (one hold, or every phase of a flow) played to its end.
            var reps = work
                .GroupBy(s => (s.Counters?.Set ?? 1, s.Counters?.Rep ?? 1))
                .Select(g => (Set: g.Key.Item1, Done: g.All(s => _completed.Contains(s.Index))))
                .ToList();
            var sets = reps.GroupBy(r => r.Set).ToList();
            var worked = work.Aggregate(TimeSpan.Zero, (sum, s) => sum + _worked.GetValueOrDefault(s.Index));
            var skipped = work.Any(s => _skipped.Contains(s.Index));

            records.Add(new StretchRecord(
                Stretch.StretchId,
                side,
                // Reps × sets as done: the most repetitions finished in any one set, and the sets finished whole.
                RepsDone: sets.Count == 0 ? 0 : sets.Max(g => g.Count(r => r.Done)),
                SetsDone: sets.Count(g => g.All(r => r.Done)),
                SecondsHeld: (int)Math.Floor(worked.TotalSeconds),
                Skipped: skipped,
                Hurt: _hurtSide == side,
                Partial: _cutShort && !skipped && !reps.All(r => r.Done)));
        }

        return records.AsReadOnly();
    }

    private static bool IsWork(TimelineStep step) => step.Kind is StepKind.Hold or StepKind.Flow;
}
