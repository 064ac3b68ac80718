namespace Supple.Core.Sessions;

/// <summary>Where in each of the source's ranges a routine sits.</summary>
public enum DosageLevel
{
    /// <summary>The low end of every range.</summary>
    Gentle,

    /// <summary>The midpoint of every range, rounded half up.</summary>
    Standard,

    /// <summary>The high end of every range.</summary>
    Full,
}
