using Build;
using Build.Hosting;
using Cake.Frosting;

// Only Cake Frosting's public API below: swapping in the real package needs no change here (docs/build-program.md).
var console = ConsoleTraits.OfStandardOutput(Environment.GetEnvironmentVariable("NO_COLOR"));
return new CakeHost()
    .UseContext<BuildContext>()
    .ConfigureServices(services => ConsoleColours.Register(services, console))
    .Run(PlanSwitch.Apply(args, PlanSwitch.PlannableTargets));
