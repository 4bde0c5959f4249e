using ComplaintCode.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, ownProcess: true);
