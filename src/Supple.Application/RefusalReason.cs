namespace Supple.Application;

/// <summary>Why a use case refused (each door shows the message, and says how to act in its own terms).</summary>
public enum RefusalReason
{
    /// <summary>A "see a doctor first" outcome stands: no routine is offered or started.</summary>
    SeeDoctorFirst,

    /// <summary>Every stretch asked for is paused by the safety rules.</summary>
    AllPaused,

    /// <summary>The medical disclaimer has not been accepted yet.</summary>
    DisclaimerNotAccepted,

    /// <summary>No stretch can be offered at a desk break.</summary>
    NoDeskBreakStretches,

    /// <summary>A programme file asks for more than the article's range of one of the article's stretches.</summary>
    AboveArticleRange,

    /// <summary>No such session for this person.</summary>
    NoSuchSession,

    /// <summary>The session has ended: nothing more can be played in it.</summary>
    SessionEnded,

    /// <summary>There is nothing to do it to (no plan, no "see a doctor first" outcome to clear, a stretch not paused).</summary>
    NothingToDo,
}
