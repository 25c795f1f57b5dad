# fish completion for beraad; load with: beraad completions fish | source
function __beraad_complete
    set -l tokens (commandline -opc) (commandline -ct)
    beraad __complete -- $tokens[2..-1] 2>/dev/null
end
complete -c beraad -f -a '(__beraad_complete)'
complete -c beraad -l home -r -F
complete -c beraad -l map -r -F
complete -c beraad -l minutes -r -F
complete -c beraad -l verslag -r -F
complete -c beraad -l output -r -F
complete -c beraad -l uitvoer -r -F
complete -c beraad -l dir -r -F
