namespace Supple.Web.Pages;

/// <summary>Where a <see cref="LastPain"/> score was recorded.</summary>
public enum LastPainKind
{
    Diary,
    BeforeSession,
    AfterSession,
}
