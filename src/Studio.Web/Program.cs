using Studio.Domain;
using Studio.Web.Api;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;
using Studio.Web.Cli;
using Studio.Media;
using Studio.Web.Components;
using Studio.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Package and framework assets (blazor.web.js, MudBlazor's styles and script) are served from the build output in every
// environment: without this a Release build run in Production answers 500 for _content/MudBlazor/*.
builder.WebHost.UseStaticWebAssets();
var command = StudioCommands.IsCommand(args);

builder.Services.AddStudioDomain(builder.Configuration);
builder.Services.AddStudioAuth();
builder.Services.AddApiCaller();
builder.Services.AddExceptionHandler<ZouExceptionHandler>();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<ApiMethods>();

// HEAD is answered wherever GET is (Zou's behaviour), but the document lists each route once.
builder.Services.AddOpenApi("openapi", o => o.ShouldInclude = d => d.HttpMethod != HttpMethods.Head && (d.GroupName is null || d.GroupName == "openapi"));
builder.Services.AddStudioUi();
if (!command)
{
    builder.Services.AddHostedService<DatabaseStartup>();
}

// After the database start-up, so that the workers find the tables migrated.
builder.Services.AddStudioMedia(builder.Configuration, runWorkers: !command && builder.Configuration.GetValue("Studio:Media:RunWorkers", true));

var app = builder.Build();
if (command)
{
    try
    {
        return await StudioCommands.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
    }
    catch (Studio.Domain.Common.WrongParameterException e)
    {
        await Console.Error.WriteLineAsync(e.Message);
        return 1;
    }
}

// First, so that every response carries them, the exception handler's included.
app.UseSecurityHeaders();
app.UseExceptionHandler();

// An address of the UI that leads nowhere gets Studio's own not-found page (still a 404); the API keeps Zou's JSON.
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui => ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseStaticFiles();

// Routing after the not-found page's re-execution, so that the re-executed request finds the page's endpoint.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapOpenApi("/api/{documentName}.json").AllowAnonymous();
app.MapStudioApi();
app.MapStudioUi();
await app.RunAsync();
return 0;

/// <summary>The web host; public for the test host.</summary>
public partial class Program;
