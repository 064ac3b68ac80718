using Supple.Core.Content;

namespace Supple.Application;

/// <summary>
/// One person's Supple: the use cases every door calls, over their store. Cheap to construct (a command or a web
/// request makes one); the store is opened only when a use case needs it.
/// </summary>
/// <remarks>
/// The use cases, by feature: <see cref="Assessments"/> (assess, the safety gate, a doctor's clearance, resuming a
/// paused stretch, the plan), <see cref="Sessions"/> (prepare, start, report steps, stop for pain, quit, finish, a
/// session played offline), <see cref="Journal"/> (log a session, pain entries, history, statistics, export, import),
/// <see cref="DeskBreaks"/> (the break routine, recording a break), <see cref="Reminders"/> (daily time, the calendar
/// event) and <see cref="Disclaimer"/>.
/// </remarks>
public sealed class SuppleApp
{
    /// <param name="users">Whose store.</param>
    /// <param name="programme">The programme sessions are made from (the built-in one, or a programme file).</param>
    /// <param name="time">The clock.</param>
    /// <param name="programmeName">How sessions name the programme: <c>built-in</c>, or the programme file.</param>
    public SuppleApp(IUserStore users, Programme programme, TimeProvider time, string? programmeName = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(time);
        Users = users;
        Programme = programme;
        Time = time;
        ProgrammeName = programmeName ?? BuiltInProgramme.Name;
    }

    /// <summary>Whose store.</summary>
    public IUserStore Users { get; }

    /// <summary>The programme.</summary>
    public Programme Programme { get; }

    /// <summary>The programme's name as sessions record it.</summary>
    public string ProgrammeName { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The assessment, the safety gate and the plan.</summary>
    public Assessments Assessments => field ??= new Assessments(this);

    /// <summary>Guided sessions in either player.</summary>
    public GuidedSessions Sessions => field ??= new GuidedSessions(this);

    /// <summary>The history: logged sessions, pain entries, statistics, export and import.</summary>
    public Journal Journal => field ??= new Journal(this);

    /// <summary>Desk breaks.</summary>
    public DeskBreaks DeskBreaks => field ??= new DeskBreaks(this);

    /// <summary>The daily reminder and the calendar event.</summary>
    public Reminders Reminders => field ??= new Reminders(this);

    /// <summary>The medical disclaimer.</summary>
    public Disclaimer Disclaimer => field ??= new Disclaimer(this);

    internal PersonalDocuments Documents => field ??= new PersonalDocuments(this);
}
