using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Supple.Data.Entities;
using Supple.Data.Identity;

namespace Supple.Data;

/// <summary>
/// The one model of Supple's data. Each provider has a subclass (<see cref="SqliteSuppleDbContext"/>,
/// <see cref="PostgreSqlSuppleDbContext"/>) so that each keeps its own migration set; tables and columns are
/// snake_case on both, so the hand-written SQL of the fast statistics path reads the same names.
/// </summary>
public abstract class SuppleDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<SessionRow> Sessions => Set<SessionRow>();

    public DbSet<StretchRecordRow> StretchRecords => Set<StretchRecordRow>();

    public DbSet<PainEntryRow> PainEntries => Set<PainEntryRow>();

    public DbSet<UserSettingsRow> UserSettings => Set<UserSettingsRow>();

    public DbSet<DaySummaryRow> DaySummaries => Set<DaySummaryRow>();

    public DbSet<StretchSummaryRow> StretchSummaries => Set<StretchSummaryRow>();

    public DbSet<UserStatsRow> UserStats => Set<UserStatsRow>();

    /// <summary>Per-user JSON documents (plan, reminder settings).</summary>
    public DbSet<UserDocumentRow> UserDocuments => Set<UserDocumentRow>();

    /// <summary>Browsers that receive reminders by Web Push.</summary>
    public DbSet<PushSubscriptionRow> PushSubscriptions => Set<PushSubscriptionRow>();

    /// <summary>Reminders a server has taken on to send (one row per person, kind and instant).</summary>
    public DbSet<ReminderDeliveryRow> ReminderDeliveries => Set<ReminderDeliveryRow>();

    /// <summary>Reminders put off with "Later".</summary>
    public DbSet<ReminderSnoozeRow> ReminderSnoozes => Set<ReminderSnoozeRow>();

    /// <summary>Keys the server made for itself (the Web Push key pair).</summary>
    public DbSet<ServerKeyRow> ServerKeys => Set<ServerKeyRow>();

    /// <summary>The data-protection key ring shared by every server of a multi-user deployment.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which provider this context talks to.</summary>
    public abstract StoreProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<SessionRow>(e =>
        {
            e.ToTable("sessions");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.TimeZoneId).HasMaxLength(100);
            e.Property(x => x.ProgrammeName).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.HurtStretchId).HasMaxLength(100);
            e.Property(x => x.HurtSide).HasMaxLength(10);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.UserId, x.Uid }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.StartedAt });
            e.HasMany(x => x.Stretches).WithOne(x => x.Session).HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StretchRecordRow>(e =>
        {
            e.ToTable("stretch_records");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.StretchId).HasMaxLength(100);
            e.Property(x => x.Side).HasMaxLength(10);
            e.HasIndex(x => new { x.SessionId, x.Seq }).IsUnique();
            e.HasIndex(x => x.UserId);
        });

        modelBuilder.Entity<PainEntryRow>(e =>
        {
            e.ToTable("pain_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.Area).HasMaxLength(30);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.UserId, x.Uid }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.At });
        });

        modelBuilder.Entity<UserSettingsRow>(e =>
        {
            e.ToTable("user_settings");
            e.HasKey(x => x.UserId);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.TimeZoneId).HasMaxLength(100);
            e.Property(x => x.DefaultLevel).HasMaxLength(20);
        });

        modelBuilder.Entity<DaySummaryRow>(e =>
        {
            e.ToTable("day_summaries");
            e.HasKey(x => new { x.UserId, x.Day });
            e.Property(x => x.UserId).HasMaxLength(200);
        });

        modelBuilder.Entity<StretchSummaryRow>(e =>
        {
            e.ToTable("stretch_summaries");
            e.HasKey(x => new { x.UserId, x.StretchId });
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.StretchId).HasMaxLength(100);
        });

        modelBuilder.Entity<UserStatsRow>(e =>
        {
            e.ToTable("user_stats");
            e.HasKey(x => x.UserId);
            e.Property(x => x.UserId).HasMaxLength(200);
        });

        modelBuilder.Entity<UserDocumentRow>(e =>
        {
            e.ToTable("user_documents");
            e.HasKey(x => new { x.UserId, x.Name });
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.Name).HasMaxLength(50);
        });

        modelBuilder.Entity<PushSubscriptionRow>(e =>
        {
            e.ToTable("push_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.Endpoint).HasMaxLength(2000);
            e.Property(x => x.P256dh).HasMaxLength(200);
            e.Property(x => x.Auth).HasMaxLength(100);
            e.HasIndex(x => x.Endpoint).IsUnique();
            e.HasIndex(x => x.UserId);
        });

        modelBuilder.Entity<ReminderDeliveryRow>(e =>
        {
            e.ToTable("reminder_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.HasIndex(x => new { x.UserId, x.Kind, x.DueAt }).IsUnique();
            e.HasIndex(x => x.DueAt);
        });

        modelBuilder.Entity<ReminderSnoozeRow>(e =>
        {
            e.ToTable("reminder_snoozes");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.HasIndex(x => x.DueAt);
            e.HasIndex(x => x.UserId);
        });

        modelBuilder.Entity<ServerKeyRow>(e =>
        {
            e.ToTable("server_keys");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(50);
        });

        IdentityModel.Configure(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // A JSON document (a passkey's data) keeps its property names inside the document.
            if (entity.IsMappedToJson())
            {
                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase(key.GetDefaultName() ?? "pk"));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase(index.GetDefaultDatabaseName() ?? "ix"));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetDefaultName() ?? "fk"));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
