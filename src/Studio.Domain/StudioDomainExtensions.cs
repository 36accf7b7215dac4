using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Auth;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain;

public static class StudioDomainExtensions
{
    /// <summary>
    /// The database, the Identity store and the domain services shared by the API and the UI. The domain knows no
    /// hosting: Identity's token providers, which sit on ASP.NET Core's data protection, are added by the web host.
    /// </summary>
    public static IServiceCollection AddStudioDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStudioDatabase(configuration);
        services.AddIdentityCore<Person>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.User.RequireUniqueEmail = false;

                // ZOU: a password only has a minimum length.
                o.Password.RequiredLength = PersonsService.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;

                // ZOU: five failures lock the account for a minute.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(1);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<StudioDbContext>();

        // The token providers (password reset) need ASP.NET Core's data protection: the host adds them.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<CrudService>();
        services.AddScoped<PersonsService>();
        services.AddScoped<InvitationService>();
        services.AddSingleton<Mail.Mailer>();
        services.AddSingleton<PersonPreferencesService>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<DefaultData>();
        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<Projects.ProjectTeamService>();
        services.AddSingleton<Projects.MetadataDescriptorsService>();
        services.AddSingleton<Breakdown.BreakdownService>();
        services.AddSingleton<Breakdown.BreakdownQueries>();
        services.AddSingleton<Breakdown.ShotUpdateService>();
        services.AddSingleton<Breakdown.AssetCastingService>();
        services.AddSingleton<Breakdown.SceneShotsService>();
        services.AddSingleton<Breakdown.CastingService>();
        services.AddSingleton<Breakdown.AssetInstancesService>();
        services.AddSingleton<Breakdown.EpisodeTaskQueries>();
        services.AddSingleton<Comments.AttachmentStore>();
        services.AddSingleton<Comments.CommentService>();
        services.AddSingleton<Comments.CommentReadService>();
        services.AddSingleton<Comments.CommentDiscussionService>();
        services.AddSingleton<Comments.CommentAttachmentsService>();
        services.AddSingleton<Tasks.TaskService>();
        services.AddSingleton<Timesheets.TaskTimeSpentService>();
        services.AddSingleton<Timesheets.TimesheetService>();
        services.AddSingleton<Timesheets.DayOffService>();
        services.AddSingleton<Planning.QuotaService>();
        services.AddSingleton<Persons.PersonDepartmentsService>();
        services.AddSingleton<Persons.PresenceService>();
        services.AddSingleton<Persons.DepartmentEquipmentService>();
        services.AddSingleton<Tasks.TaskCreationService>();
        services.AddSingleton<Tasks.TaskSubscriptionService>();
        services.AddSingleton<Tasks.TaskReviewService>();
        services.AddSingleton<Tasks.EntityTasksService>();
        services.AddSingleton<Tasks.MyTasksService>();
        services.AddSingleton<Tasks.UserContextService>();
        services.AddSingleton<SearchFilters.UserFiltersService>();
        services.AddSingleton<Comments.CommentMoveService>();
        services.AddSingleton<Tasks.UserWorkService>();
        services.AddSingleton<Previews.PreviewStore>();
        services.AddSingleton<Previews.PreviewService>();
        services.AddSingleton<Previews.PreviewProgressService>();
        services.AddSingleton<Previews.PreviewStates>();
        services.AddSingleton<Previews.PreviewUploadService>();
        services.AddSingleton<Media.MediaQueue>();
        services.AddSingleton<Playlists.PlaylistService>();
        services.AddSingleton<Projects.ProjectSettingsService>();
        services.AddSingleton<Events.NewsService>();
        services.AddSingleton<Chats.EntityChatService>();
        return services;
    }
}
