namespace Supple.Core.Planning;

/// <summary>A cause of upper-back pain the assessment asks about (the article's list of causes).</summary>
public enum PainCause
{
    /// <summary>Slouching or hunching over a screen or workstation.</summary>
    Posture,

    /// <summary>Long hours sitting with little movement.</summary>
    Sedentary,

    /// <summary>Repeated lifting, carrying or movements.</summary>
    RepetitiveStrain,

    /// <summary>A recent injury, accident or fall.</summary>
    InjuryOrTrauma,

    /// <summary>Stiffness that has come with age.</summary>
    AgeRelated,

    /// <summary>Emotional stress and mental strain.</summary>
    EmotionalStress,
}
