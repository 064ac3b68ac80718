namespace Supple.Cli.Tests.Faults;

/// <summary>
/// The fault tests that run real processes (kills, restarts) take turns with each other: each keeps the two cores of
/// a small machine busy, and their kill points are about timing.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultProcessCollection
{
    public const string Name = "Fault processes";
}
