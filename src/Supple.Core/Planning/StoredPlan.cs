namespace Supple.Core.Planning;

/// <summary>The stored envelope of a plan: a version number and the plan.</summary>
/// <param name="Version">The format version.</param>
/// <param name="Plan">The plan.</param>
internal sealed record StoredPlan(int Version, Plan Plan)
{
    public const int CurrentVersion = 1;
}
