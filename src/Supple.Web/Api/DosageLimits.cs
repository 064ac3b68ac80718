using Supple.Core.Content;

namespace Supple.Web.Api;

/// <summary>The most a stretch's dosage allows on one side: repetitions, sets and seconds held in all.</summary>
internal sealed record DosageLimits(int Reps, int Sets, int Seconds)
{
    public static DosageLimits Of(Stretch stretch)
    {
        var dosage = stretch.Dosage;
        var perRep = dosage.Flow is { } flow ? flow.Phases.Sum(p => p.Seconds) : dosage.Hold?.Max ?? 0;
        return new DosageLimits(dosage.Reps.Max, dosage.Sets.Max, perRep * dosage.Reps.Max * dosage.Sets.Max);
    }
}
