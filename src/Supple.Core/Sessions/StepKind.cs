namespace Supple.Core.Sessions;

/// <summary>What a timeline step asks the person to do.</summary>
public enum StepKind
{
    /// <summary>Get into the starting position of a stretch.</summary>
    GetIntoPosition,

    /// <summary>Hold the stretch.</summary>
    Hold,

    /// <summary>One phase of a flowing stretch (e.g. cat, then camel).</summary>
    Flow,

    /// <summary>Release the hold before the next repetition.</summary>
    Release,

    /// <summary>Change to the other side.</summary>
    SwitchSide,

    /// <summary>Rest between sets.</summary>
    RestBetweenSets,

    /// <summary>The session is over (zero duration).</summary>
    Done,
}
